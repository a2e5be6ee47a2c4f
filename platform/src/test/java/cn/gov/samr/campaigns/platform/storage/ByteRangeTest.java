package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static final long SIZE = 1000;

    @Test
    void aClosedRangeIsServedAsAsked() {
        assertEquals(new ByteRange(0, 99), partial("bytes=0-99"));
        assertEquals("bytes 0-99/1000", partial("bytes=0-99").contentRange(SIZE));
        assertEquals(100, partial("bytes=0-99").length());
    }

    @Test
    void anOpenRangeRunsToTheEndAndALastBytePastTheEndIsClipped() {
        assertEquals(new ByteRange(500, 999), partial("bytes=500-"));
        assertEquals(new ByteRange(900, 999), partial("bytes=900-5000"));
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        assertEquals(new ByteRange(900, 999), partial("bytes=-100"));
        assertEquals(new ByteRange(0, 999), partial("bytes=-5000"));
    }

    @Test
    void aRangeStartingAtOrPastTheEndIsUnsatisfiable() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=1000-", SIZE));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=-0", SIZE));
    }

    @Test
    void absentMalformedOrMultipleRangesGetTheWholeFile() {
        for (String header : new String[] { null, "items=0-1", "bytes=", "bytes=-", "bytes=a-b", "bytes=5-2",
                "bytes=0-1,5-9", "bytes=1-2-3" }) {
            assertInstanceOf(ByteRange.Whole.class, ByteRange.parse(header, SIZE), String.valueOf(header));
        }
    }

    private static ByteRange partial(String header) {
        return assertInstanceOf(ByteRange.Partial.class, ByteRange.parse(header, SIZE)).range();
    }
}
