package cn.gov.samr.campaigns.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.rest.Cursor.Key;

class CursorTest {

    private static final UUID ID = UUID.fromString("0b0e8b8e-8f5e-4a52-9a41-3a4e0a6a2b11");

    @Test
    void roundTripsTypedKeysIncludingChinese() {
        String cursor = Cursor.encode("2022-09-19T09:00+08:00", "南京", ID.toString());
        Cursor after = Cursor.decode(cursor, Key.TIMESTAMP, Key.TEXT, Key.UUID);
        assertEquals(OffsetDateTime.parse("2022-09-19T09:00+08:00"), after.timestamp(0));
        assertEquals("南京", after.text(1));
        assertEquals(ID, after.uuid(2));
        assertEquals(LocalDate.of(2022, 9, 19), Cursor.decode(Cursor.encode("2022-09-19", "x"), Key.DATE, Key.TEXT)
                .date(0));
    }

    @Test
    void noCursorIsTheFirstPageWithNullKeys() {
        assertTrue(Cursor.decode(null, Key.DATE, Key.UUID).isEmpty());
        Cursor none = Cursor.decode(" ", Key.DATE, Key.UUID);
        assertNull(none.date(0));
        assertNull(none.uuid(1));
    }

    @Test
    void aForgedCursorIsInvalidInputOnTheCursorField() {
        for (String forged : List.of("%%%", "eB95", Cursor.encode("a", "b"), Cursor.encode("2022-09-19", "x"),
                Cursor.encode("+999999999-12-31", ID.toString()), Cursor.encode("2022-09-19", "1-1-1-1-1"),
                Cursor.encode("2022-09-19", ID.toString(), "more"), Cursor.encode("2022-09-19\u0000", ID.toString()),
                "A".repeat(5000))) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Cursor.decode(forged, Key.DATE, Key.UUID), forged);
            assertEquals("cursor", e.errors().get(0).field());
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Cursor.decode(Cursor.encode("a\u0000"), Key.TEXT));
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void aCounterIsANonNegativeLong() {
        assertEquals(9_223_372_036_854_775_807L,
                Cursor.decode(Cursor.encode("9223372036854775807", ID.toString()), Key.COUNTER, Key.UUID).counter(0));
        for (String forged : List.of("-1", "+1", "", "1.5", "9223372036854775808", "0x10", "１２")) {
            assertThrows(InvalidInputException.class,
                    () -> Cursor.decode(Cursor.encode(forged, ID.toString()), Key.COUNTER, Key.UUID), forged);
        }
    }

    @Test
    void aKeyIsReadAsTheTypeItWasDecodedAs() {
        Cursor after = Cursor.decode(Cursor.encode("2022-09-19", ID.toString()), Key.DATE, Key.UUID);
        assertThrows(IllegalStateException.class, () -> after.timestamp(0));
    }

    @Test
    void aPageCarriesACursorOnlyWhenMoreRowsExist() {
        Page<Integer> last = Page.of(List.of(1, 2), 2, String::valueOf);
        assertEquals(null, last.next());
        Page<Integer> more = Page.of(List.of(1, 2, 3), 2, String::valueOf);
        assertEquals(List.of(1, 2), more.items());
        assertEquals("2", more.next());
    }
}
