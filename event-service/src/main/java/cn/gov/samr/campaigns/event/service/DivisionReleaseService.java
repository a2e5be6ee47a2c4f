package cn.gov.samr.campaigns.event.service;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import cn.gov.samr.campaigns.event.config.EventServiceConfig;
import cn.gov.samr.campaigns.event.domain.Division;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/**
 * Loads a newer official division list (区划代码) without breaking history. The file is the complete list of
 * six-digit codes as of its effective date; against the table:
 * <ul>
 * <li>a code the table lacks is added, valid from the date, under its parent (one level below it);</li>
 * <li>a current city or county code the file lacks is retired: {@code valid_to} = the date; it stays in the table,
 * so activities scheduled with it still resolve. Provincial units and the nine-digit townships (the XPCC's places)
 * are not in such lists and are never retired by one;</li>
 * <li>a code whose name changed keeps its code and gets the new name; the old one is kept in
 * {@code division_former_name};</li>
 * <li>{@code replaces} on a row records it as the successor of retired codes (撤销 A 设立 B);</li>
 * <li>a retired code in the file is refused: codes are never reused.</li>
 * </ul>
 * Errors name {@code rows[n].field}, n being the file's line (the header is line 1). All or nothing.
 */
@ApplicationScoped
public class DivisionReleaseService {

    /** What a release changed (or, for a dry run, would change). */
    public record Outcome(UUID id, LocalDate effective, boolean dryRun, int rows, int added, int retired, int renamed,
            int moved, int successions, List<String> addedCodes, List<String> retiredCodes) {
    }

    /** Columns a file may have; code, name and parent are required. */
    static final List<String> COLUMNS = List.of("code", "name", "parent", "replaces", "nameEn", "provincialUnit");
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s;|]+");
    /** A list that would retire more than this share of current codes is not a newer edition but a partial file. */
    private static final double MAX_RETIRED_SHARE = 0.10;

    private record Row(int line, String code, String name, String nameEn, String parent, List<String> replaces,
            String provincialUnit) {
        String field(String name) {
            return "rows[" + line + "]." + name;
        }
    }

    /** The file's problems, all of them up to the problem's bound, then how many more there are. */
    private static final class Errors {
        private static final int MAX = 100;
        private final List<FieldError> errors = new ArrayList<>();

        void check(boolean ok, String field, String message) {
            if (!ok) {
                errors.add(new FieldError(field, message));
            }
        }

        int size() {
            return errors.size();
        }

        boolean isEmpty() {
            return errors.isEmpty();
        }

        void throwIfAny() {
            if (errors.size() > MAX) {
                List<FieldError> shown = new ArrayList<>(errors.subList(0, MAX - 1));
                shown.add(new FieldError("body", (errors.size() - shown.size()) + " more errors not listed"));
                throw new InvalidInputException(shown);
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(List.copyOf(errors));
            }
        }
    }

    private final DivisionRepository divisions;
    private final EntityManager entityManager;
    private final EventServiceConfig config;
    private final Clock clock;

    public DivisionReleaseService(DivisionRepository divisions, EntityManager entityManager, EventServiceConfig config,
            Clock clock) {
        this.divisions = divisions;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Outcome load(LocalDate effective, String source, String csv, boolean dryRun, String loadedBy) {
        Errors errors = new Errors();
        LocalDate latest = latestRelease();
        errors.check(latest == null || effective.isAfter(latest), "effective",
                "must be after the latest release's date (" + latest + "): history is only ever added to");
        List<Row> rows = parse(csv, errors);
        errors.throwIfAny();

        Map<String, Division> table = new HashMap<>();
        divisions.listAll().forEach(d -> table.put(d.code, d));
        Map<String, Row> listed = new LinkedHashMap<>();
        for (Row row : rows) {
            if (listed.putIfAbsent(row.code(), row) != null) {
                errors.check(false, row.field("code"), row.code() + " is listed twice (line " + listed.get(row.code()).line() + ")");
            }
        }
        // What the file retires: every current six-digit city or county it does not list.
        List<Division> retiring = table.values().stream()
                .filter(d -> d.validTo == null && d.code.length() == 6 && d.level != Division.Level.PROVINCIAL_UNIT
                        && !listed.containsKey(d.code))
                .sorted((a, b) -> a.code.compareTo(b.code)).toList();
        long current = table.values().stream().filter(d -> d.validTo == null && d.code.length() == 6
                && d.level != Division.Level.PROVINCIAL_UNIT).count();
        errors.check(retiring.size() <= Math.max(50, current * MAX_RETIRED_SHARE), "body",
                "would retire " + retiring.size() + " of " + current + " current cities and counties: send the whole "
                        + "official list, not a part of it");
        Set<String> retiringCodes = new LinkedHashSet<>();
        retiring.forEach(d -> retiringCodes.add(d.code));

        List<Row> adding = new ArrayList<>();
        for (Row row : listed.values()) {
            Division known = table.get(row.code());
            if (known == null) {
                adding.add(row);
            } else {
                checkKnown(row, known, errors);
            }
            checkParent(row, known, listed, table, retiringCodes, errors);
            for (String replaced : row.replaces()) {
                Division old = table.get(replaced);
                errors.check(old != null && (retiringCodes.contains(replaced) || old.validTo != null),
                        row.field("replaces"), replaced + (old == null ? " is not a known division code"
                                : " is still current: only a code this list retires (or an earlier one did) has successors"));
            }
            if (row.provincialUnit() != null) {
                Division unit = table.get(row.provincialUnit());
                errors.check(known == null, row.field("provincialUnit"), "is only read for a new code");
                errors.check(unit != null && unit.level == Division.Level.PROVINCIAL_UNIT, row.field("provincialUnit"),
                        row.provincialUnit() + " is not one of the 32 provincial units");
            }
        }
        errors.throwIfAny();

        // Parents before children: a new county may hang under a new city of the same list.
        adding.sort((a, b) -> a.code().compareTo(b.code()));
        Set<String> addingCodes = new LinkedHashSet<>();
        adding.forEach(r -> addingCodes.add(r.code()));
        int renamed = 0;
        int moved = 0;
        int successions = 0;
        for (Row row : listed.values()) {
            successions += row.replaces().size();
            Division d = table.get(row.code());
            if (d == null) {
                continue;
            }
            if (!row.name().equals(d.name.zh())) {
                renamed++;
            }
            if (row.parent() != null && !row.parent().equals(d.parentCode)) {
                moved++;
            }
        }
        if (!dryRun) {
            apply(effective, listed, adding, retiring, table);
        }
        UUID id = dryRun ? null : UUID.randomUUID();
        if (!dryRun) {
            entityManager.createNativeQuery("insert into division_release (id, effective, source, loaded_by, loaded_at,"
                    + " added, retired, renamed, moved) values (:id, :effective, :source, :by, :at, :added, :retired,"
                    + " :renamed, :moved)")
                    .setParameter("id", id).setParameter("effective", effective).setParameter("source", source)
                    .setParameter("by", loadedBy).setParameter("at", OffsetDateTime.now(clock))
                    .setParameter("added", adding.size()).setParameter("retired", retiring.size())
                    .setParameter("renamed", renamed).setParameter("moved", moved).executeUpdate();
        }
        return new Outcome(id, effective, dryRun, rows.size(), adding.size(), retiring.size(), renamed, moved,
                successions, adding.stream().map(Row::code).limit(100).toList(),
                retiring.stream().map(d -> d.code).limit(100).toList());
    }

    /** Writes the release: new codes, retirements, renames (the old name kept), moves, successor links. */
    private void apply(LocalDate effective, Map<String, Row> listed, List<Row> adding, List<Division> retiring,
            Map<String, Division> table) {
        for (Row row : listed.values()) {
            Division d = table.get(row.code());
            if (d == null) {
                continue;
            }
            if (!row.name().equals(d.name.zh())) {
                divisions.keepFormerName(d.code, d.name.zh(), effective);
                d.name = new LocalizedText(row.name(), row.nameEn() != null ? row.nameEn() : d.name.en());
            } else if (row.nameEn() != null) {
                d.name = new LocalizedText(d.name.zh(), row.nameEn());
            }
            if (row.parent() != null && !row.parent().equals(d.parentCode)) {
                d.parentCode = row.parent();
            }
        }
        for (Row row : adding) {
            Division parent = table.get(row.parent());
            Division d = new Division();
            d.code = row.code();
            d.name = new LocalizedText(row.name(), row.nameEn());
            d.level = parent.level.below();
            d.parentCode = parent.code;
            d.provincialUnit = row.provincialUnit() != null ? row.provincialUnit() : parent.provincialUnit;
            d.validFrom = effective;
            divisions.persist(d);
            table.put(d.code, d);
        }
        retiring.forEach(d -> d.validTo = effective);
        entityManager.flush();
        listed.values().forEach(row -> row.replaces().forEach(old -> divisions.addSuccession(old, row.code())));
    }

    /** A listed code the table has: not retired (never reused), of the level the table gives it. */
    private static void checkKnown(Row row, Division known, Errors errors) {
        errors.check(known.validTo == null, row.field("code"), row.code() + " was retired on " + known.validTo
                + "; codes are never reused");
        errors.check(known.code.length() == 6, row.field("code"), "is a township; releases list six-digit codes");
    }

    /**
     * A provincial unit has no parent (and is never changed by a release: the 32 units change only with a
     * migration); any other code hangs under a current division of the level above it, listed or kept.
     */
    private static void checkParent(Row row, Division known, Map<String, Row> listed, Map<String, Division> table,
            Set<String> retiring, Errors errors) {
        boolean unitCode = row.code().endsWith("0000");
        if (unitCode) {
            errors.check(known != null && known.level == Division.Level.PROVINCIAL_UNIT, row.field("code"),
                    "a new provincial unit comes only with a migration");
            errors.check(row.parent() == null, row.field("parent"), "a provincial unit has no parent");
            return;
        }
        if (row.parent() == null) {
            errors.check(false, row.field("parent"), "is required for a city or county");
            return;
        }
        Division parent = table.get(row.parent());
        if (parent == null) {
            // A parent that is new in this list: only a city, under a known provincial unit.
            Row listedParent = listed.get(row.parent());
            Division grand = listedParent == null || listedParent.parent() == null ? null : table.get(listedParent.parent());
            errors.check(grand != null && grand.level == Division.Level.PROVINCIAL_UNIT && known == null,
                    row.field("parent"), row.parent() + " is neither a known division nor a new city in this list");
            if (grand != null && known == null) {
                // Persisted with its parent first (code order); give it a level through a placeholder parent lookup.
                errors.check(row.parent().startsWith(row.code().substring(0, 2)), row.field("parent"),
                        "is in another province");
            }
            return;
        }
        errors.check(!retiring.contains(parent.code) && parent.validTo == null, row.field("parent"),
                row.parent() + " is retired (by this list or an earlier one)");
        errors.check(parent.level == Division.Level.PROVINCIAL_UNIT || parent.level == Division.Level.CITY,
                row.field("parent"), row.parent() + " is a " + parent.level.name().toLowerCase()
                        + "; a city hangs under a provincial unit, a county under a city");
        if (known != null) {
            errors.check(Objects.equals(known.level, parent.level.below()), row.field("parent"),
                    "would make " + row.code() + " a " + parent.level.below().name().toLowerCase() + "; it is a "
                            + known.level.name().toLowerCase());
        }
    }

    private List<Row> parse(String csv, Errors errors) {
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            for (String required : List.of("code", "name", "parent")) {
                errors.check(header.contains(required), "body", "the header row must name the column '" + required
                        + "' (columns: " + String.join(", ", COLUMNS) + ")");
            }
            for (String column : header) {
                errors.check(COLUMNS.contains(column), "body", "unknown column '" + column + "' (columns: "
                        + String.join(", ", COLUMNS) + ")");
            }
            if (!header.containsAll(List.of("code", "name", "parent"))) {
                return rows;
            }
            int max = config.divisions().releaseMaxRows();
            for (CSVRecord record : parser) {
                if (rows.size() >= max) {
                    errors.check(false, "body", "more than " + max + " rows");
                    break;
                }
                Row row = row(record, (int) record.getRecordNumber() + 1, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            errors.check(false, "body", "is not a CSV file with a header row: " + e.getMessage());
        }
        errors.check(!rows.isEmpty() || errors.isEmpty(), "body", "lists no division");
        return rows;
    }

    private static Row row(CSVRecord record, int line, Errors errors) {
        String prefix = "rows[" + line + "].";
        String code = value(record, "code");
        String name = value(record, "name");
        String nameEn = value(record, "nameEn");
        String parent = value(record, "parent");
        String unit = value(record, "provincialUnit");
        String replacesText = value(record, "replaces");
        List<String> replaces = replacesText == null ? List.of()
                : Arrays.stream(LIST_SEPARATOR.split(replacesText)).filter(s -> !s.isEmpty()).distinct().toList();
        int before = errors.size();
        errors.check(code != null && CODE.matcher(code).matches(), prefix + "code", "must be a six-digit division code");
        errors.check(name != null && name.length() <= 100, prefix + "name", "is required, at most 100 characters");
        errors.check(nameEn == null || nameEn.length() <= 100, prefix + "nameEn", "at most 100 characters");
        errors.check(parent == null || CODE.matcher(parent).matches(), prefix + "parent",
                "must be a six-digit division code");
        errors.check(unit == null || CODE.matcher(unit).matches(), prefix + "provincialUnit",
                "must be a six-digit division code");
        errors.check(replaces.stream().allMatch(r -> CODE.matcher(r).matches() && !r.equals(code)), prefix + "replaces",
                "must be six-digit codes other than the row's own, separated by spaces or ';'");
        return errors.size() > before ? null : new Row(line, code, name, nameEn, parent, replaces, unit);
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private LocalDate latestRelease() {
        Object latest = entityManager.createNativeQuery("select max(effective) from division_release").getSingleResult();
        return latest == null ? null : latest instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) latest;
    }
}
