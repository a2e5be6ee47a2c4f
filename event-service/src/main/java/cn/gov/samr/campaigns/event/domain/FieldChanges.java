package cn.gov.samr.campaigns.event.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Builds a change record: each field, as the API names it, that moved, with {from, to}. */
public final class FieldChanges {

    private final Map<String, Object> changes = new LinkedHashMap<>();

    public FieldChanges compare(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changes.put(field, change);
        }
        return this;
    }

    public Map<String, Object> toMap() {
        return changes;
    }
}
