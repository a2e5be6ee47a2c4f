package cn.gov.samr.campaigns.report.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.gov.samr.campaigns.report.domain.MediaItem;

/** One media report: outlet, level, medium, title, URL, date and, when known, reach. */
public record MediaItemRequest(@NotBlank @Size(max = 200) String outlet, @NotNull MediaItem.Level level,
        @NotNull MediaItem.Medium medium, @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 2000) String url, @NotNull LocalDate publishedOn, @PositiveOrZero Long reach) {

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
