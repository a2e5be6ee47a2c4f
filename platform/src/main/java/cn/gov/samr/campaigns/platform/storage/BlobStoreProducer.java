package cn.gov.samr.campaigns.platform.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The store {@code platform.storage.kind} names. */
public class BlobStoreProducer {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Longest silence while reading an answer; a transfer itself may take as long as it keeps moving. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    @Produces
    @DefaultBean
    @ApplicationScoped
    BlobStore blobStore(StorageConfig config) {
        return switch (config.kind()) {
            case LOCAL -> new LocalBlobStore(Path.of(config.local().root()));
            case S3 -> s3(config.s3());
        };
    }

    /** The S3 client's connections are released on shutdown. */
    void close(@Disposes BlobStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    static S3BlobStore s3(StorageConfig.S3 s3) {
        long partSize = s3.partSize().asLongValue();
        if (partSize < S3BlobStore.MIN_PART_SIZE || partSize > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("platform.storage.s3.part-size must be between 5M and 2G: " + partSize);
        }
        String bucket = required(s3.bucket(), "bucket");
        return new S3BlobStore(client(s3), bucket, (int) partSize);
    }

    /**
     * The SDK's client over the JDK's HttpURLConnection (no Netty or Apache client to carry). Checksums are sent
     * and checked only where an operation requires them: the SDK's default (a CRC32 on every upload, in an
     * aws-chunked trailer) is refused by S3-compatible stores that do not implement it, and the uploads are hashed
     * (SHA-256) by {@link BlobUploads} anyway; over plain HTTP the SDK signs the payload itself.
     */
    static S3Client client(StorageConfig.S3 s3) {
        var builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials
                        .create(required(s3.accessKey(), "access-key"), required(s3.secretKey(), "secret-key"))))
                .forcePathStyle(s3.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(READ_TIMEOUT));
        s3.endpoint().filter(e -> !e.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank()).orElseThrow(
                () -> new IllegalStateException("platform.storage.kind=s3 needs platform.storage.s3." + name));
    }
}
