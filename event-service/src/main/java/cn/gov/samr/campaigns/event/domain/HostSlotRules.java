package cn.gov.samr.campaigns.event.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;

/**
 * The experience week's host slots: each a week at most (the 2022 notice gives each province one of the month's
 * weeks: 选取其中三周，分别在三个省份), inside the campaign window, and no provincial unit hosting twice. Slots may
 * overlap: one year's week ran national events in four provinces at the same time.
 */
public final class HostSlotRules {

    /** A slot as requested; any field may be missing. */
    public record Slot(String province, LocalDate weekStart, LocalDate weekEnd) {
    }

    private HostSlotRules() {
    }

    public static void check(List<Slot> slots, LocalDate windowStart, LocalDate windowEnd,
            Set<String> provincialUnits, InvalidInputException.Collector errors) {
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            String at = "slots[" + i + "]";
            if (slot.province() != null) {
                errors.check(provincialUnits.contains(slot.province()), at + ".province",
                        "'" + slot.province() + "' is not a provincial unit");
            }
            if (slot.weekStart() == null || slot.weekEnd() == null) {
                continue;
            }
            if (slot.weekEnd().isBefore(slot.weekStart())) {
                errors.check(false, at + ".weekEnd", "must not be before weekStart");
                continue;
            }
            errors.check(ChronoUnit.DAYS.between(slot.weekStart(), slot.weekEnd()) < 7, at + ".weekEnd",
                    "a slot is one week at most");
            errors.check(!slot.weekStart().isBefore(windowStart) && !slot.weekEnd().isAfter(windowEnd), at,
                    "must be inside the campaign window " + windowStart + " to " + windowEnd);
        }
        for (int i = 0; i < slots.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (slots.get(i).province() != null && slots.get(i).province().equals(slots.get(j).province())) {
                    errors.check(false, "slots[" + i + "].province", "already hosts slots[" + j + "]");
                }
            }
        }
    }
}
