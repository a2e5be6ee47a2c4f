package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} promises, run against each store by a subclass that says how to reach it: the
 * filesystem ({@link LocalBlobStoreTest}) and S3 ({@link S3BlobStoreTest}, against a server that checks
 * signatures). A store that passes is interchangeable with the others behind the interface.
 */
abstract class BlobStoreContract {

    static final int MiB = 1024 * 1024;

    /** The store under test; the same one for every test of a class, so keys differ between tests. */
    abstract BlobStore store();

    @Test
    void storesOverwritesAndDeletesASmallObject() throws IOException {
        String key = "materials/small/ä b+c.txt";
        assertEquals(OptionalLong.empty(), store().size(key));

        assertEquals(10, store().put(key, stream("0123456789")));
        assertEquals(OptionalLong.of(10), store().size(key));
        assertEquals("3456", read(key, 3, 4));
        assertEquals("0123456789", read(key, 0, 10));

        assertEquals(3, store().put(key, stream("new")));
        assertEquals(OptionalLong.of(3), store().size(key));
        assertEquals("new", read(key, 0, 3));

        assertTrue(store().delete(key));
        assertEquals(OptionalLong.empty(), store().size(key));
        assertFalse(store().delete(key));
    }

    @Test
    void anEmptyObjectIsStoredAndReadAsEmpty() throws IOException {
        assertEquals(0, store().put("materials/empty/1", InputStream.nullInputStream()));
        assertEquals(OptionalLong.of(0), store().size("materials/empty/1"));
        assertEquals("", read("materials/empty/1", 0, 0));
    }

    @Test
    void aMissingKeyHasNoSizeCannotBeOpenedAndIsNotDeleted() throws IOException {
        assertEquals(OptionalLong.empty(), store().size("materials/missing/1"));
        assertThrows(NoSuchFileException.class, () -> store().open("materials/missing/1", 0, 1).close());
        assertThrows(NoSuchFileException.class, () -> store().open("materials/missing/1", 0, 0).close());
        assertFalse(store().delete("materials/missing/1"));
    }

    @Test
    void aLargeStreamReadsBackWholeAndByRanges() throws IOException {
        byte[] data = new byte[12 * MiB]; // two parts of the S3 store's 8 MiB
        new Random(42).nextBytes(data);

        assertEquals(data.length, store().put("materials/large/1", new ByteArrayInputStream(data)));

        assertEquals(OptionalLong.of(data.length), store().size("materials/large/1"));
        try (InputStream in = store().open("materials/large/1", 0, data.length)) {
            assertArrayEquals(sha256(data), sha256(in.readAllBytes()));
        }
        long[][] ranges = { { 0, 1 }, { 0, 10 }, { 8 * MiB - 5, 10 }, { 10 * MiB - 1, 2 * MiB },
                { data.length - 7, 7 }, { 12_345_678, 1 } };
        for (long[] range : ranges) {
            int from = (int) range[0];
            int to = (int) (range[0] + range[1]);
            try (InputStream in = store().open("materials/large/1", range[0], range[1])) {
                assertArrayEquals(sha256(Arrays.copyOfRange(data, from, to)), sha256(in.readAllBytes()),
                        "bytes " + from + "-" + (to - 1));
            }
        }
    }

    /** A client that goes away after a few bytes of a large range; the store keeps answering afterwards. */
    @Test
    void aRangeClosedBeforeItsEndLeavesTheStoreUsable() throws IOException {
        byte[] data = new byte[6 * MiB];
        new Random(3).nextBytes(data);
        store().put("materials/abandoned/1", new ByteArrayInputStream(data));
        for (int i = 0; i < 3; i++) {
            try (InputStream in = store().open("materials/abandoned/1", 1, data.length - 1)) {
                assertEquals(data[1] & 0xff, in.read());
            }
        }
        assertEquals(OptionalLong.of(data.length), store().size("materials/abandoned/1"));
        try (InputStream in = store().open("materials/abandoned/1", data.length - 3, 3)) {
            assertArrayEquals(Arrays.copyOfRange(data, data.length - 3, data.length), in.readAllBytes());
        }
    }

    @Test
    void aStreamFailingMidUploadLeavesTheOldContentAndNothingNew() throws IOException {
        store().put("materials/failing/kept", stream("old content"));

        for (String key : List.of("materials/failing/new", "materials/failing/kept")) {
            for (int failAfter : new int[] { 1000, 10 * MiB }) { // within the first part, and after some parts
                IOException gone = new IOException("client gone");
                IOException thrown = assertThrows(IOException.class,
                        () -> store().put(key, failingAfter(failAfter, gone)));
                assertSame(gone, thrown, key + " after " + failAfter);
            }
        }

        assertEquals(OptionalLong.empty(), store().size("materials/failing/new"));
        assertEquals(OptionalLong.of(11), store().size("materials/failing/kept"));
        assertEquals("old content", read("materials/failing/kept", 0, 11));
    }

    @Test
    void keysCannotEscapeTheStore() {
        for (String key : List.of("../x", "/etc/passwd", "a/../../x", "", "a\\b")) {
            assertThrows(IllegalArgumentException.class, () -> store().put(key, stream("x")), key);
            assertThrows(IllegalArgumentException.class, () -> store().size(key), key);
        }
    }

    String read(String key, long offset, long length) throws IOException {
        try (InputStream in = store().open(key, offset, length)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code bytes} random bytes, then the failure. */
    static InputStream failingAfter(int bytes, IOException failure) {
        Random random = new Random(7);
        return new InputStream() {
            private int left = bytes;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left == 0) {
                    throw failure;
                }
                int n = Math.min(len, left);
                byte[] chunk = new byte[n];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, b, off, n);
                left -= n;
                return n;
            }
        };
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
