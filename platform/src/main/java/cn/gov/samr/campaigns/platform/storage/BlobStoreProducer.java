package cn.gov.samr.campaigns.platform.storage;

import java.nio.file.Path;

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
            // Named in the configuration so that deployments can choose it; the client is not written yet, and a
            // service configured for it must fail loudly on its first file rather than write nowhere.
            case S3 -> throw new IllegalStateException(
                    "platform.storage.kind=s3 is not implemented yet; use local (a mounted volume) for now");
        };
    }
}
