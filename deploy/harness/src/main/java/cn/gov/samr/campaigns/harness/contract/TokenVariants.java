package cn.gov.samr.campaigns.harness.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import cn.gov.samr.campaigns.harness.DevTokens;

/**
 * The bad tokens of the bad-input sweep, each an {@code Authorization} value: well-formed JWTs that must still be
 * refused 401 (expired, signed by another key, a claim of the wrong type). {@link DevTokens} only signs good
 * tokens, so this signs its own claims with the same development key.
 */
public final class TokenVariants {

    private TokenVariants() {
    }

    /** A national admin's token that expired an hour ago. */
    public static String expired() {
        Map<String, Object> claims = claims("national-admin");
        claims.put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
        claims.put("exp", Instant.now().minusSeconds(3600).getEpochSecond());
        return "Bearer " + sign(claims, devKey());
    }

    /** A national admin's token signed by a key nobody trusts. */
    public static String wrongSignature() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "Bearer " + sign(claims("national-admin"), generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A provincial officer whose {@code division} claim is a number, not the string code. */
    public static String numericDivision() {
        Map<String, Object> claims = claims("provincial-officer");
        claims.put("division", 320000);
        return "Bearer " + sign(claims, devKey());
    }

    /** A token whose {@code groups} claim is a string instead of a list. */
    public static String groupsNotAList() {
        Map<String, Object> claims = claims("national-admin");
        claims.put("groups", "national-admin");
        return "Bearer " + sign(claims, devKey());
    }

    private static Map<String, Object> claims(String role) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", DevTokens.ISSUER);
        claims.put("aud", DevTokens.AUDIENCE);
        claims.put("sub", role + "-sweep");
        claims.put("upn", role + "-sweep@dev");
        claims.put("groups", java.util.List.of(role));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        String signingInput = base64(OpenApiDocument.JSON.writeValueAsString(Map.of("alg", "RS256", "typ", "JWT")))
                + "." + base64(OpenApiDocument.JSON.writeValueAsString(claims));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey devKey() {
        try (InputStream in = TokenVariants.class.getClassLoader().getResourceAsStream("dev-keys/private-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-keys/private-key.pem is not on the class path");
            }
            String body = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development signing key", e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
