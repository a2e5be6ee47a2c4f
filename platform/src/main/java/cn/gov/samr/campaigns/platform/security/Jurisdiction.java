package cn.gov.samr.campaigns.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The one jurisdiction check every resource uses: a Jiangsu officer cannot touch Zhejiang's data. Roles are
 * checked by {@code @RolesAllowed}; this adds the {@code division} claim against the data's division.
 */
@RequestScoped
public class Jurisdiction {

    public static final String DIVISION_CLAIM = "division";
    public static final String ORG_CLAIM = "org";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final DivisionHierarchy hierarchy;

    public Jurisdiction(SecurityIdentity identity, JsonWebToken token, DivisionHierarchy hierarchy) {
        this.identity = identity;
        this.token = token;
        this.hierarchy = hierarchy;
    }

    public boolean isNational() {
        return identity.hasRole(Roles.NATIONAL_ADMIN);
    }

    /** The division the caller is confined to; empty for national roles and read-only partners. */
    public Optional<String> scope() {
        if (identity.hasRole(Roles.NATIONAL_ADMIN) || !isOfficer()) {
            return Optional.empty();
        }
        return division();
    }

    /** May the caller act on data of {@code division}? National admins anywhere, officers within their division. */
    public boolean covers(String division) {
        if (identity.hasRole(Roles.NATIONAL_ADMIN)) {
            return true;
        }
        if (!isOfficer()) {
            return false;
        }
        return division().map(claim -> hierarchy.isWithin(division, claim)).orElse(false);
    }

    /** Throws 403 unless {@link #covers(String)}. */
    public void require(String division) {
        if (!covers(division)) {
            throw new ForbiddenException("Division " + division + " is outside your jurisdiction.");
        }
    }

    /**
     * The certification body a {@code certification-body} caller speaks for: its {@code org} claim, the body's CNCA
     * approval number (e.g. CNCA-R-2002-001); empty for every other caller. {@link TokenClaims} has checked its shape.
     */
    public Optional<String> organisation() {
        if (!identity.hasRole(Roles.CERTIFICATION_BODY)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(ORG_CLAIM);
        String org = claim instanceof JsonString json ? json.getString() : claim instanceof String s ? s : null;
        return Optional.ofNullable(org);
    }

    public String caller() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The caller's {@code division} claim: a code the hierarchy knows, or the token does not authenticate (401).
     * {@link TokenClaims} has refused claims of the wrong shape already; this also catches a well-formed code that
     * names no division, which would otherwise confine an officer to nothing without saying why.
     */
    private Optional<String> division() {
        Object claim = token.getClaim(DIVISION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String code = claim instanceof JsonString json ? json.getString() : claim instanceof String s ? s : null;
        if (code == null || hierarchy.provincialUnitOf(code) == null) {
            throw TokenClaims.invalid(DIVISION_CLAIM, "the code of a known administrative division");
        }
        return Optional.of(code);
    }

    private boolean isOfficer() {
        return identity.hasRole(Roles.PROVINCIAL_OFFICER) || identity.hasRole(Roles.LOCAL_OFFICER);
    }
}
