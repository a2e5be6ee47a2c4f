package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Random;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.MemorySize;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store, made by {@link BlobStoreProducer} as in production, against S3Proxy (in-process, over its
 * filesystem backend) with authentication on: S3Proxy recomputes every request's AWS signature (V2 or V4) from
 * the secret it knows and refuses one that does not match, so a signing mistake fails here as it would on AWS,
 * MinIO or Ceph. Besides the {@link BlobStoreContract}: wrong credentials are refused, an unsigned request is
 * refused, a large upload goes up in parts and a failed one leaves no pending upload behind.
 */
class S3BlobStoreTest extends BlobStoreContract {

    private static final String ACCESS_KEY = "campaigns-test";
    private static final String SECRET_KEY = "campaigns-test-secret";
    private static final String BUCKET = "campaign-files";

    @TempDir
    static Path temp;

    private static S3Proxy proxy;
    private static BlobStoreContext backend;
    private static String endpoint;
    private static S3BlobStore store;

    @BeforeAll
    static void startS3Proxy() throws Exception {
        Properties filesystem = new Properties();
        filesystem.setProperty("jclouds.filesystem.basedir", temp.toString());
        backend = ContextBuilder.newBuilder("filesystem").credentials("unused", "unused").overrides(filesystem)
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(backend.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        endpoint = "http://127.0.0.1:" + proxy.getPort();
        try (S3Client admin = BlobStoreProducer.client(settings(ACCESS_KEY, SECRET_KEY))) {
            admin.createBucket(r -> r.bucket(BUCKET));
        }
        store = BlobStoreProducer.s3(settings(ACCESS_KEY, SECRET_KEY));
    }

    @AfterAll
    static void stopS3Proxy() throws Exception {
        if (store != null) {
            store.close();
        }
        if (proxy != null) {
            proxy.stop();
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void aWrongSecretIsRefusedAndStoresNothing() throws IOException {
        try (S3BlobStore forged = BlobStoreProducer.s3(settings(ACCESS_KEY, SECRET_KEY + "x"))) {
            IOException put = assertThrows(IOException.class, () -> forged.put("materials/forged/1", stream("x")));
            assertTrue(put.getMessage().startsWith("S3 PUT /" + BUCKET + "/materials/forged/1 answered 403: "
                    + "SignatureDoesNotMatch"), put.getMessage());
            IOException head = assertThrows(IOException.class, () -> forged.size("materials/forged/1"));
            assertTrue(head.getMessage().contains("answered 403"), head.getMessage());
        }
        assertEquals(OptionalLong.empty(), store.size("materials/forged/1"));
    }

    @Test
    void anUnknownAccessKeyIsRefused() throws IOException {
        try (S3BlobStore stranger = BlobStoreProducer.s3(settings("nobody", SECRET_KEY))) {
            IOException e = assertThrows(IOException.class, () -> stranger.put("materials/stranger/1", stream("x")));
            assertTrue(e.getMessage().startsWith("S3 PUT /" + BUCKET + "/materials/stranger/1 answered 403: "
                    + "InvalidAccessKeyId"), e.getMessage());
        }
    }

    /** The server does check: the same object, read without a signature, is refused. */
    @Test
    void anUnsignedRequestIsRefused() throws IOException {
        store.put("materials/signed/1", stream("secret"));
        HttpURLConnection plain = (HttpURLConnection) URI.create(endpoint + "/" + BUCKET + "/materials/signed/1")
                .toURL().openConnection();
        try {
            assertEquals(403, plain.getResponseCode());
        } finally {
            plain.disconnect();
        }
        assertEquals("secret", read("materials/signed/1", 0, 6));
    }

    @Test
    void aMissingBucketIsAMissingFile() throws IOException {
        try (S3BlobStore noBucket = BlobStoreProducer.s3(settings(ACCESS_KEY, SECRET_KEY, "missing"))) {
            NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> noBucket.open("x", 0, 1));
            assertTrue(e.getMessage().contains("404: NoSuchBucket"), e.getMessage());
        }
    }

    /** S3 gives a multipart object the ETag {@code "<md5 of the parts' md5s>-<number of parts>"}. */
    @Test
    void aLargeStreamGoesUpInPartsOfTheConfiguredSize() throws IOException {
        byte[] data = new byte[11 * MiB];
        new Random(5).nextBytes(data);
        try (S3BlobStore fiveMiBParts = BlobStoreProducer.s3(settings(ACCESS_KEY, SECRET_KEY, BUCKET, 5 * MiB));
                S3Client client = BlobStoreProducer.client(settings(ACCESS_KEY, SECRET_KEY))) {
            assertEquals(data.length, fiveMiBParts.put("materials/parts/1", new ByteArrayInputStream(data)));
            String etag = client.headObject(r -> r.bucket(BUCKET).key("materials/parts/1")).eTag();
            assertTrue(etag.endsWith("-3\""), etag);
        }
    }

    @Test
    void aFailedMultipartUploadIsAborted() throws IOException {
        IOException gone = new IOException("client gone");
        assertThrows(IOException.class, () -> store.put("materials/aborted/1", failingAfter(10 * MiB, gone)));
        assertEquals(List.of(), store.pendingUploads().stream().filter(k -> k.startsWith("materials/aborted/"))
                .toList());
        assertEquals(0, gone.getSuppressed().length, List.of(gone.getSuppressed()).toString());
    }

    static StorageConfig.S3 settings(String accessKey, String secretKey) {
        return settings(accessKey, secretKey, BUCKET);
    }

    static StorageConfig.S3 settings(String accessKey, String secretKey, String bucket) {
        return settings(accessKey, secretKey, bucket, 8 * MiB);
    }

    static StorageConfig.S3 settings(String accessKey, String secretKey, String bucket, long partSize) {
        return new StorageConfig.S3() {
            @Override
            public Optional<String> endpoint() {
                return Optional.of(endpoint);
            }

            @Override
            public boolean pathStyle() {
                return true;
            }

            @Override
            public String region() {
                return "us-east-1";
            }

            @Override
            public Optional<String> bucket() {
                return Optional.of(bucket);
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of(accessKey);
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of(secretKey);
            }

            @Override
            public MemorySize partSize() {
                return new MemorySize(BigInteger.valueOf(partSize));
            }
        };
    }
}
