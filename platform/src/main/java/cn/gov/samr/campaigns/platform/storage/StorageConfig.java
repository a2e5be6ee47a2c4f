package cn.gov.samr.campaigns.platform.storage;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the blob store ({@code platform.storage.*}). Every property has a default or is optional, so that a
 * service that stores no files needs none of them; a service that does sets its own {@code local.root}.
 */
@ConfigMapping(prefix = "platform.storage")
public interface StorageConfig {

    enum Kind {
        LOCAL, S3
    }

    /** {@code local} (the embedded default) or {@code s3}. */
    @WithDefault("local")
    Kind kind();

    Local local();

    S3 s3();

    interface Local {
        /** Root directory of the files; relative paths are relative to the working directory. */
        @WithDefault("data/files")
        String root();
    }

    /** An S3-compatible object store (MinIO, Ceph, a cloud provider's). */
    interface S3 {
        Optional<String> endpoint();

        Optional<String> region();

        Optional<String> bucket();

        Optional<String> accessKey();

        Optional<String> secretKey();
    }
}
