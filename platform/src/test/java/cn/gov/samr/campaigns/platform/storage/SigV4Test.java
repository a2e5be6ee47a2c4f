package cn.gov.samr.campaigns.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The signer against AWS's published examples. */
class SigV4Test {

    /**
     * "GET Object" of the S3 documentation, "Signature Calculations for the Authorization Header: Transferring
     * Payload in a Single Chunk".
     */
    @Test
    void signsTheGetObjectExampleOfTheS3Documentation() {
        SigV4 signer = new SigV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1",
                "s3");
        Map<String, String> headers = signer.sign("GET", URI.create("https://examplebucket.s3.amazonaws.com/test.txt"),
                Map.of("Range", "bytes=0-9"), SigV4.EMPTY_SHA256, Instant.parse("2013-05-24T00:00:00Z"));

        assertEquals("20130524T000000Z", headers.get("x-amz-date"));
        assertEquals(SigV4.EMPTY_SHA256, headers.get("x-amz-content-sha256"));
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
                headers.get("Authorization"));
    }

    /** "PUT Object" of the same page: a payload, a {@code $} in the key, and more headers to sign. */
    @Test
    void signsThePutObjectExample() {
        SigV4 signer = new SigV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1",
                "s3");
        byte[] payload = "Welcome to Amazon S3.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String payloadHash = SigV4.sha256Hex(payload);
        assertEquals("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072", payloadHash);
        Map<String, String> headers = signer.sign("PUT",
                URI.create("https://examplebucket.s3.amazonaws.com/" + SigV4.encode("test$file.text", true)),
                Map.of("Date", "Fri, 24 May 2013 00:00:00 GMT", "x-amz-storage-class", "REDUCED_REDUNDANCY"),
                payloadHash, Instant.parse("2013-05-24T00:00:00Z"));
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"
                + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
                headers.get("Authorization"));
    }

    /** "GET Bucket Lifecycle" and "Get Bucket (List Objects)" of the same page: a query without and with values. */
    @Test
    void signsTheQueryExamples() {
        SigV4 signer = new SigV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1",
                "s3");
        Instant at = Instant.parse("2013-05-24T00:00:00Z");
        String prefix = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=host;x-amz-content-sha256;x-amz-date,Signature=";
        assertEquals(prefix + "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
                signer.sign("GET", URI.create("https://examplebucket.s3.amazonaws.com/?lifecycle"), Map.of(),
                        SigV4.EMPTY_SHA256, at).get("Authorization"));
        assertEquals(prefix + "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
                signer.sign("GET", URI.create("https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J"),
                        Map.of(), SigV4.EMPTY_SHA256, at).get("Authorization"));
    }

    @Test
    void encodesAsSigV4Defines() {
        assertEquals("a/b%20c/%E4%B8%AD~-_.txt", SigV4.encode("a/b c/中~-_.txt", true));
        assertEquals("a%2Fb%2Bc%3D", SigV4.encode("a/b+c=", false));
    }

    @Test
    void theHostCarriesOnlyAPortThatIsNotTheDefault() {
        assertEquals("localhost:9000", SigV4.host(URI.create("http://localhost:9000/b/k")));
        assertEquals("s3.amazonaws.com", SigV4.host(URI.create("https://s3.amazonaws.com:443/b/k")));
        assertEquals("minio", SigV4.host(URI.create("http://minio/b/k")));
    }
}
