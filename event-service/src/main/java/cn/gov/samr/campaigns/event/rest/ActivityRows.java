package cn.gov.samr.campaigns.event.rest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import cn.gov.samr.campaigns.event.domain.ActivityFormat;
import cn.gov.samr.campaigns.event.domain.ActivitySetting;
import cn.gov.samr.campaigns.event.domain.ActivityType;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.domain.Visibility;
import cn.gov.samr.campaigns.event.service.ActivityImportService;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
import cn.gov.samr.campaigns.platform.time.ChinaClock;

/**
 * Turns a spreadsheet row into the {@link ActivityRequest} a single POST would send, and checks its shape with the
 * same Bean Validation; a cell that cannot be read (a date that is no date) is an error of its field, and its
 * "must not be null" is then not repeated.
 */
final class ActivityRows {

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]"), DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]"));

    private final Map<ImportColumn, String> cells;
    private final Map<String, String> unreadable = new LinkedHashMap<>();

    private ActivityRows(Map<ImportColumn, String> cells) {
        this.cells = cells;
    }

    static ActivityImportService.Row toRow(ActivitySheet.SheetRow row, UUID campaign, Validator validator) {
        ActivityRows r = new ActivityRows(row.cells());
        ActivityRequest request = r.request(campaign);
        List<FieldError> errors = new java.util.ArrayList<>();
        r.unreadable.forEach((field, message) -> errors.add(new FieldError(field, message)));
        for (FieldError e : InvalidInputException.collect().violations(validator.validate(request)).errors()) {
            if (!r.unreadable.containsKey(e.field())) {
                errors.add(e);
            }
        }
        return new ActivityImportService.Row(row.number(), request.plan(), errors);
    }

    private ActivityRequest request(UUID campaign) {
        String descriptionZh = text(ImportColumn.DESCRIPTION_ZH);
        String descriptionEn = text(ImportColumn.DESCRIPTION_EN);
        String contactName = text(ImportColumn.CONTACT_NAME);
        String contactPhone = text(ImportColumn.CONTACT_PHONE);
        List<String> bodies = list(ImportColumn.CERTIFICATION_BODIES);
        return new ActivityRequest(
                choice(ImportColumn.TYPE, ActivityType.class),
                new LocalizedText(text(ImportColumn.TITLE_ZH), text(ImportColumn.TITLE_EN)),
                descriptionZh == null && descriptionEn == null ? null
                        : new ActivityRequest.Description(descriptionZh, descriptionEn),
                List.of(campaign),
                new ActivityRequest.Venue(text(ImportColumn.DIVISION), text(ImportColumn.ADDRESS),
                        decimal(ImportColumn.LATITUDE), decimal(ImportColumn.LONGITUDE)),
                time(ImportColumn.STARTS_AT), time(ImportColumn.ENDS_AT),
                choice(ImportColumn.FORMAT, ActivityFormat.class),
                text(ImportColumn.ONLINE_URL),
                choices(ImportColumn.SETTINGS, ActivitySetting.class),
                integer(ImportColumn.EXPECTED_PARTICIPANTS),
                list(ImportColumn.INVITED_MEDIA),
                bodies == null ? null : new LinkedHashSet<>(bodies),
                contactName == null && contactPhone == null ? null
                        : new ActivityRequest.Contact(contactName, contactPhone),
                choice(ImportColumn.VISIBILITY, Visibility.class),
                yesNo(ImportColumn.VOLUNTARY_PARTICIPATION), yesNo(ImportColumn.NO_FEE),
                null);
    }

    private String text(ImportColumn column) {
        return cells.get(column);
    }

    private <E extends Enum<E>> E choice(ImportColumn column, Class<E> type) {
        String cell = cells.get(column);
        return cell == null ? null : constant(column, type, cell);
    }

    private <E extends Enum<E>> Set<E> choices(ImportColumn column, Class<E> type) {
        List<String> items = list(column);
        if (items == null) {
            return null;
        }
        Set<E> constants = new LinkedHashSet<>();
        for (String item : items) {
            E constant = constant(column, type, item);
            if (constant != null) {
                constants.add(constant);
            }
        }
        return constants;
    }

    private <E extends Enum<E>> E constant(ImportColumn column, Class<E> type, String cell) {
        String api = column.value(cell).orElse(null);
        for (E constant : type.getEnumConstants()) {
            if (ImportColumn.apiName(constant).equals(api)) {
                return constant;
            }
        }
        unreadable.put(column.key, "'" + cell + "' is not one of " + String.join(", ", column.values.keySet()));
        return null;
    }

    /** Items separated by commas (also full-width ，、；and ;), blanks dropped. */
    private List<String> list(ImportColumn column) {
        String cell = cells.get(column);
        return cell == null ? null
                : Arrays.stream(cell.split("[,，、;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private BigDecimal decimal(ImportColumn column) {
        String cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            unreadable.put(column.key, "'" + cell + "' is not a decimal number");
            return null;
        }
    }

    private Integer integer(ImportColumn column) {
        BigDecimal number = decimal(column);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            unreadable.put(column.key, "'" + cells.get(column) + "' is not a whole number");
            return null;
        }
    }

    private Boolean yesNo(ImportColumn column) {
        String cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        Boolean value = ImportColumn.yesNo(cell);
        if (value == null) {
            unreadable.put(column.key, "'" + cell + "' is neither 是/true nor 否/false");
        }
        return value;
    }

    /** ISO 8601 with an offset as it is; a local date-time is China time. */
    private OffsetDateTime time(ImportColumn column) {
        String cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(cell);
        } catch (DateTimeParseException notWithOffset) {
            for (DateTimeFormatter format : LOCAL_TIMES) {
                try {
                    return LocalDateTime.parse(cell, format).atZone(ChinaClock.ZONE).toOffsetDateTime();
                } catch (DateTimeParseException next) {
                    // try the next format
                }
            }
        }
        unreadable.put(column.key, "'" + cell + "' is not a date and time such as 2022-09-20 09:00 (China time)");
        return null;
    }
}
