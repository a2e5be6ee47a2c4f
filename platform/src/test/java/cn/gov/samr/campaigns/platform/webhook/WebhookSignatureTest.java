package cn.gov.samr.campaigns.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"activityId\":\"1\",\"title\":{\"zh\":\"有机\"}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        // RFC 4231 test case 2's key and data, with the "t." prefix this scheme signs; expected value computed apart:
        // printf '1700000000.what do ya want for nothing?' | openssl dgst -sha256 -hmac Jefe
        String header = WebhookSignature.sign("Jefe", 1_700_000_000L,
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertEquals("t=1700000000,v1=1cdd0650c8be1cb0974b1788d458b1e781206cfef59b85faafc582d2e182c57e", header);
        assertTrue(header.matches("t=1700000000,v1=[0-9a-f]{64}"));
    }

    @Test
    void aReceiverVerifiesItAndRefusesAnyChange() {
        String secret = WebhookSignature.newSecret();
        String header = WebhookSignature.sign(secret, 1_000, BODY);
        assertTrue(WebhookSignature.verify(secret, header, BODY, 1_100, 300));
        assertFalse(WebhookSignature.verify(secret, header, BODY, 1_301, 300), "too old: a replay");
        assertFalse(WebhookSignature.verify("whsec_other", header, BODY, 1_000, 300), "another secret");
        byte[] changed = BODY.clone();
        changed[2] = 'b';
        assertFalse(WebhookSignature.verify(secret, header, changed, 1_000, 300), "another body");
        assertFalse(WebhookSignature.verify(secret, header.replace("t=1000", "t=1001"), BODY, 1_000, 300),
                "a moved timestamp");
        assertFalse(WebhookSignature.verify(secret, null, BODY, 1_000, 300));
        assertFalse(WebhookSignature.verify(secret, "v1=abc", BODY, 1_000, 300));
    }

    @Test
    void duringARotationEitherSecretVerifiesAndNoOtherDoes() {
        String current = WebhookSignature.newSecret();
        String previous = WebhookSignature.newSecret();
        String header = WebhookSignature.sign(java.util.List.of(current, previous), 1_000, BODY);
        assertTrue(header.matches("t=1000,v1=[0-9a-f]{64},v1=[0-9a-f]{64}"), header);
        assertTrue(header.startsWith(WebhookSignature.sign(current, 1_000, BODY)), "the current secret's first");
        assertTrue(WebhookSignature.verify(current, header, BODY, 1_000, 300), "a receiver that switched");
        assertTrue(WebhookSignature.verify(previous, header, BODY, 1_000, 300), "a receiver that has not yet");
        assertFalse(WebhookSignature.verify("whsec_other", header, BODY, 1_000, 300), "another secret");
        byte[] changed = BODY.clone();
        changed[2] = 'b';
        assertFalse(WebhookSignature.verify(previous, header, changed, 1_000, 300), "another body");
    }

    @Test
    void secretsAreRandom() {
        assertNotEquals(WebhookSignature.newSecret(), WebhookSignature.newSecret());
        assertTrue(WebhookSignature.newSecret().matches("whsec_[0-9a-f]{64}"));
    }
}
