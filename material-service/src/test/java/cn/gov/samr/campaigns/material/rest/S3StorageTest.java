package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishedReport;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.material.storage.S3ProxyTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * material-service with its files in S3 (S3Proxy, checking signatures), as the Kubernetes manifests run it: a file
 * uploaded through the API lands in the bucket, not on the pod, and downloads whole and by range from there.
 */
@QuarkusTest
@TestProfile(S3StorageTest.OnS3.class)
class S3StorageTest {

    public static class OnS3 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3ProxyTestResource.class));
        }
    }

    @Test
    void aFileGoesToTheBucketAndComesBackWholeAndByRange() {
        byte[] content = pdf(300_000, 11);
        String id = publishedReport(content, "public");

        try (S3Client s3 = S3ProxyTestResource.client()) {
            List<S3Object> objects = s3.listObjectsV2(r -> r.bucket(S3ProxyTestResource.BUCKET)
                    .prefix("materials/" + id + "/")).contents();
            assertEquals(1, objects.size(), objects.toString());
            assertEquals(content.length, objects.get(0).size());
        }

        String file = "/api/v1/materials/" + id + "/file";
        assertArrayEquals(content, anonymous().get(file).then().statusCode(200).extract().asByteArray());
        assertArrayEquals(Arrays.copyOfRange(content, 123_456, 200_000), anonymous()
                .header("Range", "bytes=123456-199999").get(file).then().statusCode(206).extract().asByteArray());
    }
}
