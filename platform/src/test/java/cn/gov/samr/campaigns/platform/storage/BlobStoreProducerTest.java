package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code platform.storage.kind=s3}: the settings the S3 store is made from. */
class BlobStoreProducerTest {

    @Test
    void makesTheClientForTheEndpointAndRegion() {
        try (S3Client minio = BlobStoreProducer.client(settings(Optional.of("http://minio:9000"), "files", 8 << 20))) {
            assertEquals(Optional.of(URI.create("http://minio:9000")),
                    minio.serviceClientConfiguration().endpointOverride());
            assertEquals(Region.of("cn-north-1"), minio.serviceClientConfiguration().region());
        }
        try (S3Client aws = BlobStoreProducer.client(settings(Optional.empty(), "files", 8 << 20))) {
            assertEquals(Optional.empty(), aws.serviceClientConfiguration().endpointOverride());
        }
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
            public boolean pathStyle() {
                return true;
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
