package cn.gov.samr.campaigns.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.rest.InputRules;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * A token signed with the right key can still carry claims of the wrong shape (a {@code division} that is a number,
 * {@code groups} that is not a list of strings, a name with a NUL in it). Such a token does not authenticate (401)
 * rather than failing later, deep in a service, with a 500. Shapes only: whether a division code is known is asked
 * by {@link Jurisdiction}, where the service's hierarchy is at hand.
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    /** Attribute of the {@link AuthenticationFailedException} naming the bad claim; its message is for the client. */
    public static final String CLAIM_ATTRIBUTE = "claim";

    /** The columns that record who did something are varchar(200). */
    static final int MAX_NAME = 200;

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Optional<AuthenticationFailedException> problem = problemOf(claimsOf(token), identity.getPrincipal().getName());
        return problem.isPresent() ? Uni.createFrom().failure(problem.get()) : Uni.createFrom().item(identity);
    }

    /** The claims as the token carries them, not as the JWT library has converted them. */
    private static JsonNode claimsOf(JsonWebToken token) {
        String raw = token.getRawToken();
        String[] parts = raw == null ? new String[0] : raw.split("\\.");
        if (parts.length < 2) {
            return PLAIN.createObjectNode();
        }
        try {
            return PLAIN.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return PLAIN.createObjectNode(); // the signature check has read it already; nothing more to say here
        }
    }

    static Optional<AuthenticationFailedException> problemOf(JsonNode claims, String name) {
        JsonNode division = claims.get(Jurisdiction.DIVISION_CLAIM);
        if (division != null && !division.isNull()
                && !(division.isTextual() && division.asText().matches("\\d{6}"))) {
            return Optional.of(invalid(Jurisdiction.DIVISION_CLAIM, "a six-digit division code as a string"));
        }
        JsonNode groups = claims.get("groups");
        if (groups != null && !groups.isNull()) {
            boolean ok = groups.isArray();
            for (JsonNode group : groups) {
                ok &= group.isTextual() && isText(group.asText(), 100);
            }
            if (!ok) {
                return Optional.of(invalid("groups", "a list of role names (strings)"));
            }
        }
        JsonNode org = claims.get("org");
        if (org != null && !org.isNull() && !(org.isTextual() && isText(org.asText(), 100))) {
            return Optional.of(invalid("org", "an organisation id as a string"));
        }
        if (name != null && !isText(name, MAX_NAME)) {
            return Optional.of(invalid("upn", "a name of at most " + MAX_NAME + " characters without control characters"));
        }
        return Optional.empty();
    }

    /** A token whose claim is not what the services take: 401, the message naming the claim. */
    static AuthenticationFailedException invalid(String claim, String expected) {
        return new AuthenticationFailedException("The token's " + claim + " claim must be " + expected + ".",
                Map.of(CLAIM_ATTRIBUTE, claim));
    }

    private static boolean isText(String text, int max) {
        if (text.length() > max) {
            return false;
        }
        try {
            InputRules.text(text);
            return true;
        } catch (InputRules.Refused e) {
            return false;
        }
    }
}
