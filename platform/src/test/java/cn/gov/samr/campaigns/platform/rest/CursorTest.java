package cn.gov.samr.campaigns.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsTheKeysIncludingChinese() {
        String cursor = Cursor.encode("2022-09-19T09:00+08:00", "南京", "42");
        assertEquals(List.of("2022-09-19T09:00+08:00", "南京", "42"), Cursor.decode(cursor, 3));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertEquals(List.of(), Cursor.decode(null, 2));
        assertEquals(List.of(), Cursor.decode(" ", 2));
    }

    @Test
    void aForgedCursorIsInvalidInputOnTheCursorField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Cursor.decode("%%%", 1));
        assertEquals("cursor", e.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> Cursor.decode(Cursor.encode("a", "b"), 3));
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
