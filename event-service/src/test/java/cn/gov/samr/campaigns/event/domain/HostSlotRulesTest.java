package cn.gov.samr.campaigns.event.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.event.domain.HostSlotRules.Slot;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

class HostSlotRulesTest {

    private static final LocalDate START = LocalDate.of(2022, 9, 5);
    private static final LocalDate END = LocalDate.of(2022, 9, 30);
    private static final Set<String> UNITS = Set.of("320000", "330000", "440000", "660000");

    @Test
    void threeWeeksInThreeProvincesAreFine() {
        assertEquals(List.of(), errors(List.of(slot("320000", 5, 11), slot("330000", 12, 18), slot("660000", 19, 25))));
    }

    @Test
    void overlappingWeeksAreFine() {
        assertEquals(List.of(), errors(List.of(slot("320000", 5, 11), slot("330000", 11, 17), slot("440000", 5, 11))));
    }

    @Test
    void aProvinceHostsOnce() {
        assertEquals(List.of(new FieldError("slots[1].province", "already hosts slots[0]")),
                errors(List.of(slot("320000", 5, 11), slot("320000", 12, 18))));
    }

    @Test
    void aSlotIsAWeekAtMostAndInsideTheWindow() {
        assertEquals(List.of(new FieldError("slots[0].weekEnd", "a slot is one week at most")),
                errors(List.of(slot("320000", 5, 12))));
        assertEquals(List.of(new FieldError("slots[0]", "must be inside the campaign window 2022-09-05 to 2022-09-30")),
                errors(List.of(new Slot("320000", LocalDate.of(2022, 9, 28), LocalDate.of(2022, 10, 2)))));
    }

    @Test
    void onlyProvincialUnitsHost() {
        assertEquals(List.of(new FieldError("slots[0].province", "'320100' is not a provincial unit")),
                errors(List.of(slot("320100", 5, 11))));
    }

    private static Slot slot(String province, int startDay, int endDay) {
        return new Slot(province, LocalDate.of(2022, 9, startDay), LocalDate.of(2022, 9, endDay));
    }

    private static List<FieldError> errors(List<Slot> slots) {
        InvalidInputException.Collector collector = InvalidInputException.collect();
        HostSlotRules.check(slots, START, END, UNITS, collector);
        try {
            collector.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }
}
