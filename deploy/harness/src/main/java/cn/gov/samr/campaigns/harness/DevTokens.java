package cn.gov.samr.campaigns.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The development identity provider: signs RS256 bearer tokens with {@code deploy/dev-keys/private-key.pem}, with
 * the issuer and audience the services verify in the dev and test profiles. JDK only, so that
 * {@code deploy/token} can run this file straight from source without a build.
 */
public final class DevTokens {

    public static final String ISSUER = "https://sso.certification-campaigns.dev";
    public static final String AUDIENCE = "certification-campaigns";
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final String KEY_RESOURCE = "dev-keys/private-key.pem";

    private final PrivateKey key;

    private DevTokens(PrivateKey key) {
        this.key = key;
    }

    /** The signer with the key found on the classpath (tests) or at {@code -Dtoken.key=path} (command line). */
    public static DevTokens load() {
        try {
            String path = System.getProperty("token.key");
            if (path != null) {
                return new DevTokens(parse(Files.readString(Path.of(path))));
            }
            try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(KEY_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(KEY_RESOURCE + " is not on the classpath; set -Dtoken.key");
                }
                return new DevTokens(parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII)));
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the development signing key", e);
        }
    }

    /** A token for a person with one role; division and org are the jurisdiction claims of DESIGN.md, may be null. */
    public String issue(String role, String division, String org) {
        return issue(role, division, org, Map.of());
    }

    /**
     * A token whose claims are then replaced or added by {@code overrides} (a value may be a string, number, list or
     * map), properly signed: for tests of what the services do with a malformed claim in a valid token.
     */
    public String issue(String role, String division, String org, Map<String, Object> overrides) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", role + (division == null ? "" : "-" + division));
        claims.put("upn", role + (division == null ? "" : "-" + division) + "@dev");
        claims.put("groups", List.of(role));
        if (division != null) {
            claims.put("division", division);
        }
        if (org != null) {
            claims.put("org", org);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.putAll(overrides);
        String signingInput = base64(json(Map.of("alg", "RS256", "typ", "JWT"))) + "." + base64(json(claims));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    public String issue(String role, String division) {
        return issue(role, division, null);
    }

    /** An Authorization header value for tests. */
    public static String bearer(String role, String division) {
        return "Bearer " + Holder.INSTANCE.issue(role, division);
    }

    /** An Authorization header value with claims replaced or added, see {@link #issue(String, String, String, Map)}. */
    public static String bearer(String role, String division, Map<String, Object> claims) {
        return "Bearer " + Holder.INSTANCE.issue(role, division, null, claims);
    }

    private static final class Holder {
        static final DevTokens INSTANCE = load();
    }

    /** {@code deploy/token <role> [division|org]}: prints one token. */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: token <national-admin|provincial-officer|local-officer|certification-body|partner|monitor>"
                    + " [division code, or org id for certification-body]");
            System.exit(2);
        }
        String role = args[0];
        String scope = args.length > 1 ? args[1] : null;
        boolean isOrg = "certification-body".equals(role);
        System.out.println(load().issue(role, isOrg ? null : scope, isOrg ? scope : null));
    }

    private static PrivateKey parse(String pem) throws GeneralSecurityException {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> json(e.getKey()) + ":" + json(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DevTokens::json).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c < 0x20) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.append('"').toString();
    }
}
