package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.samr.campaigns.platform.rest.PayloadTooLargeProblem;
import cn.gov.samr.campaigns.platform.rest.UnsupportedTypeProblem;

/** The filesystem store on a temporary directory: the blob store contract, and the upload helper over it. */
class LocalBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    @Override
    BlobStore store() {
        return new LocalBlobStore(root);
    }

    /** The file a download hands to sendfile: the stored one, none for a key with nothing stored. */
    @Test
    void aStoredKeyNamesItsLocalFile() throws IOException {
        LocalBlobStore store = new LocalBlobStore(root);
        store.put("m/2/1", stream("%PDF-1.7 the file"));
        Path file = store.localFile("m/2/1").orElseThrow();
        assertTrue(file.startsWith(root.toAbsolutePath().normalize()));
        assertEquals("%PDF-1.7 the file", Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(store.localFile("m/2/2").isEmpty());
        assertTrue(store.localFile("m/2").isEmpty(), "a directory is no file");
        assertThrows(IllegalArgumentException.class, () -> store.localFile("../outside"));
    }

    @Test
    void anUploadIsHashedCountedAndTyped() throws IOException {
        BlobUploads uploads = new BlobUploads(new LocalBlobStore(root));
        BlobUploads.Stored stored = uploads.store("m/1", stream("%PDF-1.7 hello"),
                new BlobUploads.Policy(100, Set.of(ContentType.PDF)));
        assertEquals(14, stored.sizeBytes());
        assertEquals(ContentType.PDF, stored.type());
        assertEquals(sha256("%PDF-1.7 hello"), stored.sha256());
        assertArrayEquals("%PDF-1.7 hello".getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(root.resolve("m/1")));
    }

    @Test
    void anOversizedUploadIsRefusedAndLeavesNothingBehind() throws IOException {
        BlobUploads uploads = new BlobUploads(new LocalBlobStore(root));
        byte[] big = new byte[ContentSniffer.HEAD_BYTES * 3];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThrows(PayloadTooLargeProblem.class, () -> uploads.store("m/2", new ByteArrayInputStream(big),
                new BlobUploads.Policy(ContentSniffer.HEAD_BYTES * 2, Set.of(ContentType.PDF))));
        try (var files = Files.walk(root)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void aDisallowedTypeIsRefusedNamingWhatWasDetected() throws IOException {
        BlobUploads uploads = new BlobUploads(new LocalBlobStore(root));
        UnsupportedTypeProblem refused = assertThrows(UnsupportedTypeProblem.class, () -> uploads.store("m/3",
                stream("GIF89a pretending to be report.pdf"), new BlobUploads.Policy(100, Set.of(ContentType.PDF))));
        assertTrue(refused.getMessage().contains("image/gif"), refused.getMessage());
        assertEquals(OptionalLong.empty(), new LocalBlobStore(root).size("m/3"));
    }

    private static String sha256(String ascii) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(ascii.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
