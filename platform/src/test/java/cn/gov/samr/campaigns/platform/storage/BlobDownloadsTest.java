package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The pure parts of the download helper: If-Range and the file name header. */
class BlobDownloadsTest {

    private static final String ETAG = "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"";
    private static final Instant MODIFIED = Instant.parse("2022-09-19T01:00:00Z");

    @Test
    void ifRangeHoldsOnlyForTheSameStrongTagOrTheExactDate() {
        assertTrue(BlobDownloads.ifRangeHolds(null, ETAG, MODIFIED));
        assertTrue(BlobDownloads.ifRangeHolds(ETAG, ETAG, MODIFIED));
        assertFalse(BlobDownloads.ifRangeHolds("W/" + ETAG, ETAG, MODIFIED)); // weak tags never match If-Range
        assertFalse(BlobDownloads.ifRangeHolds("\"other\"", ETAG, MODIFIED));
        assertTrue(BlobDownloads.ifRangeHolds("Mon, 19 Sep 2022 01:00:00 GMT", ETAG, MODIFIED));
        assertFalse(BlobDownloads.ifRangeHolds("Mon, 19 Sep 2022 01:00:01 GMT", ETAG, MODIFIED));
        assertFalse(BlobDownloads.ifRangeHolds("not a date", ETAG, MODIFIED));
    }

    @Test
    void chineseFileNamesTravelAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"2022___.pdf\"; filename*=UTF-8''2022%E5%B9%B4%E5%BA%A6%E6%8A%A5.pdf",
                BlobDownloads.contentDisposition("2022年度报.pdf"));
        assertEquals("attachment; filename=\"a_b c.pdf\"; filename*=UTF-8''a%22b%20c.pdf",
                BlobDownloads.contentDisposition("a\"b c.pdf"));
    }
}
