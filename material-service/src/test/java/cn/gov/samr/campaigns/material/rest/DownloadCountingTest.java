package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.as;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.jiangsu;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishedReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.material.repository.DownloadRepository;
import cn.gov.samr.campaigns.material.service.DownloadService;
import cn.gov.samr.campaigns.platform.storage.ByteRange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Honest download counts: a download counts once per caller, file version and window (10 minutes), and only an
 * answer that starts a transfer counts, so probes ({@code bytes=0-0}), repeats and resumed ranges cannot inflate
 * the statistics. Counted against the real database and the statistics API.
 */
@QuarkusTest
class DownloadCountingTest {

    @Inject
    DownloadService downloads;

    @Inject
    DownloadRepository repository;

    @Test
    void probesRepeatsAndResumptionsAreNotCounted() {
        String id = publishedReport(pdf(2_000, 31), "public");
        String file = "/api/v1/materials/" + id + "/file";
        for (int i = 0; i < 20; i++) {
            anonymous().header("Range", "bytes=0-0").get(file).then().statusCode(206);
        }
        assertEquals(0, total(id));

        for (int i = 0; i < 5; i++) { // one anonymous client (one address) fetching again and again
            anonymous().get(file).then().statusCode(200);
        }
        anonymous().header("Range", "bytes=1000-").get(file).then().statusCode(206);
        assertEquals(1, total(id));

        for (int i = 0; i < 3; i++) {
            jiangsu().get(file).then().statusCode(200);
            jiangsu().header("Range", "bytes=0-1999").get(file).then().statusCode(206);
        }
        assertEquals(2, total(id));

        // another signed-in caller is another download, whatever the address
        as("partner", null).get(file).then().statusCode(200);
        assertEquals(3, total(id));
    }

    @Test
    void aNewVersionIsANewDownload() {
        String id = publishedReport(pdf(1_500, 32), "public");
        String file = "/api/v1/materials/" + id + "/file";
        jiangsu().get(file).then().statusCode(200);
        jiangsu().get("/api/v1/materials/" + id + "/versions/1/file").then().statusCode(200);
        assertEquals(1, total(id));

        MaterialFixtures.publishVersion(id, MaterialFixtures.upload(id, pdf(1_600, 33), "v2.pdf"));
        jiangsu().get("/api/v1/materials/" + id + "/versions/2/file").then().statusCode(200);
        assertEquals(2, total(id));
    }

    /** Many parallel requests of one caller (a download manager's connections, or a script) count once. */
    @Test
    void concurrentRequestsOfOneCallerCountOnce() throws Exception {
        String id = publishedReport(pdf(1_200, 34), "public");
        String file = "/api/v1/materials/" + id + "/file";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                requests.add(pool.submit(() -> jiangsu().get(file).then().statusCode(200)));
            }
            for (Future<?> request : requests) {
                request.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, total(id));
    }

    /** The window: a repeat within it is not counted, one after it is; pruning forgets only expired claims. */
    @Test
    void aClaimHoldsForTheWindowOnly() {
        UUID id = UUID.fromString(publishedReport(pdf(1_000, 35), "public"));
        // a year ahead of the real clock: the scheduled pruning (claims older than now minus the window) never
        // removes these claims while the test runs, only the pruning the test asks for does
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusYears(1).withNano(0);
        String caller = DownloadService.caller(null, "203.0.113.7");
        assertTrue(claim(id, caller, t0));
        assertFalse(claim(id, caller, t0.plusMinutes(9)));
        assertFalse(claim(id, caller, t0.plusMinutes(9).plusSeconds(59)));
        assertTrue(claim(id, caller, t0.plusMinutes(10)));
        assertTrue(claim(id, DownloadService.caller(null, "203.0.113.8"), t0.plusMinutes(10)));

        assertTrue(QuarkusTransaction.requiringNew().call(() -> repository.pruneClaims(t0.plusMinutes(5))) >= 0);
        assertFalse(claim(id, caller, t0.plusMinutes(15)), "the claim of t0+10min is kept");
    }

    @Test
    void whatStartsATransfer() {
        long size = 1_000_000;
        assertTrue(downloads.startsTransfer(new ByteRange(0, size - 1), size)); // the whole file (200 or bytes=0-)
        assertTrue(downloads.startsTransfer(new ByteRange(0, 65_535), size)); // a first segment of 64 KiB
        assertFalse(downloads.startsTransfer(new ByteRange(0, 0), size)); // bytes=0-0
        assertFalse(downloads.startsTransfer(new ByteRange(0, 1023), size)); // a probe of the first KiB
        assertFalse(downloads.startsTransfer(new ByteRange(1, size - 1), size)); // resumed
        assertFalse(downloads.startsTransfer(null, size)); // 304
        assertTrue(downloads.startsTransfer(new ByteRange(0, 9), 10)); // a small file, whole
        assertTrue(DownloadService.caller(null, "203.0.113.7").matches("address:[0-9a-f]{64}"));
        assertEquals("user:provincial-officer-320000@dev", DownloadService.caller("provincial-officer-320000@dev",
                "203.0.113.7"));
    }

    private boolean claim(UUID id, String caller, OffsetDateTime at) {
        return QuarkusTransaction.requiringNew()
                .call(() -> repository.claim(id, 1, caller, at, at.minus(java.time.Duration.ofMinutes(10))));
    }

    /** The material's downloads as the statistics API answers them, summed over units and days. */
    private static int total(String materialId) {
        List<Integer> counts = admin().queryParam("material", materialId).get("/api/v1/download-statistics")
                .then().statusCode(200).extract().path("counts.downloads");
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
