package cn.gov.samr.campaigns.report.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.report.domain.MediaItem;

/** One media report: outlet, level, medium, title, URL, date and, when known, reach. */
public record MediaItemRequest(@NotBlank @Size(max = 200) String outlet, @NotNull MediaItem.Level level,
        @NotNull MediaItem.Medium medium, @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 2000) String url, @NotNull LocalDate publishedOn,
        @PositiveOrZero @Max(MAX_REACH) Long reach) {

    /** More readers or viewers than China has people is a typing error. */
    public static final long MAX_REACH = 2_000_000_000L;
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /**
     * The date must be checked here, before it is stored: Hibernate binds a LocalDate through java.sql.Date, whose
     * epoch milliseconds silently wrap for years beyond about 292 million (+584556079-01-01 was stored as
     * 2029-09-30). Inside 2000..2100 no conversion can go wrong.
     */
    void checkDates(InvalidInputException.Collector errors) {
        errors.check(publishedOn == null || !publishedOn.isBefore(FIRST_DAY) && !publishedOn.isAfter(LAST_DAY),
                "publishedOn", "must lie between " + FIRST_DAY + " and " + LAST_DAY);
    }

    MediaItem toItem() {
        MediaItem item = new MediaItem();
        item.outlet = outlet.strip();
        item.level = level;
        item.medium = medium;
        item.title = title.strip();
        item.url = url.strip();
        item.publishedOn = publishedOn;
        item.reach = reach;
        return item;
    }
}
