package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;

/** {@code platform.storage.kind=s3}: the settings the S3 store is made from. */
class BlobStoreProducerTest {

    @Test
    void makesThePathStyleStoreFromTheSettings() {
        S3BlobStore store = BlobStoreProducer.s3(settings(Optional.of("http://minio:9000/"), "files", 8 << 20));
        assertEquals("http://minio:9000/files/materials/1/a%20b", store.objectUri("materials/1/a b", null).toString());

        S3BlobStore aws = BlobStoreProducer.s3(settings(Optional.empty(), "files", 8 << 20));
        assertEquals("https://s3.cn-north-1.amazonaws.com/files/k", aws.objectUri("k", null).toString());
    }

    @Test
    void refusesMissingSettingsAndPartsSmallerThanS3Allows() {
        IllegalStateException noBucket = assertThrows(IllegalStateException.class,
                () -> BlobStoreProducer.s3(settings(Optional.empty(), "", 8 << 20)));
        assertEquals("platform.storage.kind=s3 needs platform.storage.s3.bucket", noBucket.getMessage());
        assertThrows(IllegalStateException.class,
                () -> BlobStoreProducer.s3(settings(Optional.empty(), "files", 1 << 20)));
    }

    private static StorageConfig.S3 settings(Optional<String> endpoint, String bucket, long partSize) {
        return new StorageConfig.S3() {
            @Override
            public Optional<String> endpoint() {
                return endpoint;
            }

            @Override
            public String region() {
                return "cn-north-1";
            }

            @Override
            public Optional<String> bucket() {
                return Optional.of(bucket);
            }

            @Override
            public Optional<String> accessKey() {
                return Optional.of("key");
            }

            @Override
            public Optional<String> secretKey() {
                return Optional.of("secret");
            }

            @Override
            public MemorySize partSize() {
                return new MemorySize(BigInteger.valueOf(partSize));
            }
        };
    }
}
