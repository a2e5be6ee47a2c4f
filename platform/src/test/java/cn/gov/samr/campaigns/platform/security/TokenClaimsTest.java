package cn.gov.samr.campaigns.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Claim shapes a signed token may carry, and which of them do not authenticate. */
class TokenClaimsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void wellFormedClaimsPass() throws Exception {
        assertTrue(TokenClaims.problemOf(JSON.readTree(
                "{\"division\": \"320000\", \"groups\": [\"provincial-officer\"], \"org\": \"CB-1\"}"), "officer@dev")
                .isEmpty());
        assertTrue(TokenClaims.problemOf(JSON.readTree("{\"groups\": []}"), "partner").isEmpty());
    }

    @Test
    void malformedClaimsAreNamed() throws Exception {
        assertClaim("{\"division\": 320000}", "division");
        assertClaim("{\"division\": {\"code\": \"320000\"}}", "division");
        assertClaim("{\"division\": \"32000X\"}", "division");
        assertClaim("{\"groups\": 42}", "groups");
        assertClaim("{\"groups\": \"national-admin\"}", "groups");
        assertClaim("{\"groups\": [42]}", "groups");
        assertClaim("{\"org\": [1]}", "org");
        assertEquals("upn", TokenClaims.problemOf(JSON.readTree("{}"), "a\u0000b").orElseThrow()
                .getAttribute(TokenClaims.CLAIM_ATTRIBUTE));
    }

    private static void assertClaim(String claims, String claim) throws Exception {
        assertEquals(claim, TokenClaims.problemOf(JSON.readTree(claims), "x").orElseThrow()
                .getAttribute(TokenClaims.CLAIM_ATTRIBUTE), claims);
    }
}
