package cn.gov.samr.campaigns.event.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** TEXT escaping of the feed (RFC 5545 §3.3.11): no value can end its content line. */
class ICalendarTest {

    @Test
    void everyLineBreakIsEscapedABareCarriageReturnIncluded() {
        assertEquals("a\\nb\\nc\\nd", ICalendar.text("a\r\nb\rc\nd"));
    }

    @Test
    void theSpecialsAreEscapedAndOtherControlCharactersDropped() {
        assertEquals("1\\, 2\\; 3\\\\ 4\tfive", ICalendar.text("1, 2; 3\\ 4\t\u0000f\u0007iv\u001Fe\u007F"));
    }
}
