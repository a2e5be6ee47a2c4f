package cn.gov.samr.campaigns.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.rest.InputRules;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.smallrye.mutiny.Uni;

/**
 * A token signed with the right key can still carry claims of the wrong shape (a {@code division} that is a number,
 * {@code groups} that is not a list of strings, a name with a NUL in it). Such a token does not authenticate (401)
 * rather than failing later, deep in a service or in the JWT library itself, with a 500. Shapes only: whether a
 * division code is known is asked by {@link Jurisdiction}, where the service's hierarchy is at hand.
 * <p>
 * It wraps Quarkus's own bearer-token provider ({@link MpJwtValidator}, which checks signature, issuer, audience and
 * expiry) with a higher priority: smallrye-jwt throws a ClassCastException, not an authentication failure, for
 * {@code "groups": 42}.
 */
@ApplicationScoped
@Unremovable // found by the security layer through Instance<IdentityProvider<?>>, never injected by type
public class TokenClaims implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(TokenClaims.class);

    /** Attribute of the {@link AuthenticationFailedException} naming the bad claim; its message is for the client. */
    public static final String CLAIM_ATTRIBUTE = "claim";

    /** The columns that record who did something are varchar(200). */
    static final int MAX_NAME = 200;

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final MpJwtValidator jwt;

    public TokenClaims(MpJwtValidator jwt) {
        this.jwt = jwt;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus's own provider, to which it delegates. */
    @Override
    public int priority() {
        return jwt.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        Uni<SecurityIdentity> verified;
        try {
            verified = jwt.authenticate(request, context);
        } catch (RuntimeException e) {
            verified = Uni.createFrom().failure(e);
        }
        String raw = request.getToken().getToken();
        return verified
                .onFailure(failure -> !(failure instanceof AuthenticationFailedException))
                .transform(failure -> {
                    // a claim the JWT library could not convert, e.g. "groups": 42
                    LOG.debugf(failure, "token claims unreadable");
                    return problemOf(claimsOf(raw), null).orElseGet(
                            () -> new AuthenticationFailedException("The token's claims cannot be read.", failure));
                })
                .onItem().transformToUni(identity -> {
                    if (identity == null || identity.isAnonymous()) {
                        return Uni.createFrom().item(identity);
                    }
                    Optional<AuthenticationFailedException> problem = problemOf(claimsOf(raw),
                            identity.getPrincipal().getName());
                    return problem.isPresent() ? Uni.createFrom().failure(problem.get())
                            : Uni.createFrom().item(identity);
                });
    }

    /** The claims as the token carries them, not as the JWT library has converted them. */
    private static JsonNode claimsOf(String raw) {
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
