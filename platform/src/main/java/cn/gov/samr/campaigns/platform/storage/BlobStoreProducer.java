package cn.gov.samr.campaigns.platform.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The store {@code platform.storage.kind} names. */
public class BlobStoreProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    BlobStore blobStore(StorageConfig config) {
        return switch (config.kind()) {
            case LOCAL -> new LocalBlobStore(Path.of(config.local().root()));
            case S3 -> s3(config.s3());
        };
    }

    static S3BlobStore s3(StorageConfig.S3 s3) {
        String region = s3.region();
        URI endpoint = URI.create(s3.endpoint().orElse("https://s3." + region + ".amazonaws.com"));
        long partSize = s3.partSize().asLongValue();
        if (partSize < S3BlobStore.MIN_PART_SIZE || partSize > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("platform.storage.s3.part-size must be between 5M and 2G: " + partSize);
        }
        return new S3BlobStore(endpoint, required(s3.bucket(), "bucket"), region,
                required(s3.accessKey(), "access-key"), required(s3.secretKey(), "secret-key"), (int) partSize);
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank()).orElseThrow(
                () -> new IllegalStateException("platform.storage.kind=s3 needs platform.storage.s3." + name));
    }
}
