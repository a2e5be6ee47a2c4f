package cn.gov.samr.campaigns.platform.storage;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
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

    /**
     * An S3-compatible object store (AWS, MinIO, Ceph, a cloud provider's). {@code bucket}, {@code access-key} and
     * {@code secret-key} are required when {@code kind=s3}.
     */
    interface S3 {
        /** e.g. {@code http://minio:9000}; without it, AWS's {@code https://s3.<region>.amazonaws.com}. */
        Optional<String> endpoint();

        /**
         * Path-style addressing ({@code endpoint/bucket/key}), what MinIO, Ceph and S3Proxy expect; {@code false}
         * for virtual-hosted style ({@code bucket.endpoint/key}).
         */
        @WithDefault("true")
        boolean pathStyle();

        /** The signing region; MinIO and Ceph accept the default. */
        @WithDefault("us-east-1")
        String region();

        Optional<String> bucket();

        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Uploads larger than this go up in parts of this size (held in memory one at a time); at least 5M. */
        @WithDefault("8M")
        MemorySize partSize();
    }
}
