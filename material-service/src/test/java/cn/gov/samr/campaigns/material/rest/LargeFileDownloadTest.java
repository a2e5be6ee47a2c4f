package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishedReport;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A file far larger than the socket's and the JVM's buffers, served from the file-system store by sendfile
 * (BlobDownloads hands Vert.x the file), comes back byte for byte: whole, as a range from the middle, and as the
 * resumed rest of an interrupted download.
 */
@QuarkusTest
@TestProfile(LargeFileDownloadTest.LargeFiles.class)
class LargeFileDownloadTest {

    private static final int SIZE = 64 * 1024 * 1024;

    public static class LargeFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("material-service.files.max-bytes", "83886080");
        }
    }

    @Test
    void a64MiBFileDownloadsWholeAndByRangeWithItsBytesIntact() {
        byte[] content = pdf(SIZE, 64);
        String id = publishedReport(content, "public");
        String file = "/api/v1/materials/" + id + "/file";

        Response whole = anonymous().get(file).then().statusCode(200)
                .header("Content-Length", String.valueOf(SIZE)).header("ETag", "\"" + sha256(content) + "\"")
                .extract().response();
        assertEquals(sha256(content), hash(whole.asInputStream()));

        int first = 10_000_001;
        int last = 50_000_000;
        Response middle = anonymous().header("Range", "bytes=" + first + "-" + last).get(file).then().statusCode(206)
                .header("Content-Range", "bytes " + first + "-" + last + "/" + SIZE)
                .header("Content-Length", String.valueOf(last - first + 1)).extract().response();
        assertEquals(sha256(Arrays.copyOfRange(content, first, last + 1)), hash(middle.asInputStream()));

        Response rest = anonymous().header("Range", "bytes=" + (SIZE - 12_345) + "-").get(file).then()
                .statusCode(206).extract().response();
        assertEquals(sha256(Arrays.copyOfRange(content, SIZE - 12_345, SIZE)), hash(rest.asInputStream()));
    }

    private static String hash(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) != -1;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
