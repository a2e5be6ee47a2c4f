package cn.gov.samr.campaigns.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MediaUrlTest {

    private static String n(String url) {
        return MediaUrl.normalise(url).orElseThrow();
    }

    @Test
    void schemeHostCaseDefaultPortFragmentAndTrailingSlashDoNotMatter() {
        String same = n("https://www.xhby.net/news/1.html");
        assertEquals(same, n("HTTP://WWW.XHBY.NET:80/news/1.html/"));
        assertEquals(same, n("https://www.xhby.net:443/news/1.html#top"));
        assertEquals(n("https://a.example"), n("https://a.example/"));
    }

    @Test
    void pathCaseQueryAndOtherPortsDo() {
        assertNotEquals(n("https://a.example/News"), n("https://a.example/news"));
        assertNotEquals(n("https://a.example/a?id=1"), n("https://a.example/a?id=2"));
        assertNotEquals(n("https://a.example:8080/a"), n("https://a.example/a"));
    }

    @Test
    void onlyAbsoluteHttpUrlsAreAccepted() {
        assertTrue(MediaUrl.normalise("javascript:alert(1)").isEmpty());
        assertTrue(MediaUrl.normalise("/relative/path").isEmpty());
        assertTrue(MediaUrl.normalise("ftp://a.example/x").isEmpty());
        assertTrue(MediaUrl.normalise("not a url").isEmpty());
    }
}
