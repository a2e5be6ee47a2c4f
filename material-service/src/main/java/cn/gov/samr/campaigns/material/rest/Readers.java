package cn.gov.samr.campaigns.material.rest;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.samr.campaigns.material.domain.Access;
import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialStatus;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.security.DivisionHierarchy;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may read what of the catalogue. Public materials are for anyone, anonymous included; materials for
 * officials only for government staff: the national office and provincial and local officers (certification
 * bodies and partners are not officials). Drafts and withdrawn materials only for the national office.
 */
@RequestScoped
public class Readers {

    private final SecurityIdentity identity;
    private final Jurisdiction jurisdiction;
    private final DivisionHierarchy divisions;

    public Readers(SecurityIdentity identity, Jurisdiction jurisdiction, DivisionHierarchy divisions) {
        this.identity = identity;
        this.jurisdiction = jurisdiction;
        this.divisions = divisions;
    }

    public boolean isNationalAdmin() {
        return identity.hasRole(Roles.NATIONAL_ADMIN);
    }

    public boolean isOfficial() {
        return isNationalAdmin() || identity.hasRole(Roles.PROVINCIAL_OFFICER) || identity.hasRole(Roles.LOCAL_OFFICER);
    }

    public Set<MaterialStatus> visibleStatuses() {
        return isNationalAdmin() ? EnumSet.allOf(MaterialStatus.class) : EnumSet.of(MaterialStatus.PUBLISHED);
    }

    public Set<Access> visibleAccesses() {
        return isOfficial() ? EnumSet.allOf(Access.class) : EnumSet.of(Access.PUBLIC);
    }

    /**
     * The material if the caller may read it: 404 for what the caller may not know exists (drafts), 401 or 403 for
     * a published material restricted to officials.
     */
    public Material readable(Material material) {
        if (!visibleStatuses().contains(material.status)) {
            throw new NotFoundProblem("Material", material.id);
        }
        if (material.access == Access.OFFICIALS && !isOfficial()) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            throw new ForbiddenException("Material " + material.id + " is for officials only.");
        }
        return material;
    }

    /**
     * The caller's provincial unit (the one the division claim reports through); empty for anonymous and
     * national callers and for those without a division (certification bodies, partners).
     */
    public Optional<String> provincialUnit() {
        return jurisdiction.scope().map(divisions::provincialUnitOf);
    }

    /** An officer's own provincial unit; naming another is outside their jurisdiction (403). */
    public String ownProvincialUnit(String asked) {
        String own = provincialUnit().orElseThrow(() -> new ForbiddenException("Your token names no division."));
        if (asked != null && !asked.equals(own)) {
            throw new ForbiddenException("Provincial unit " + asked + " is outside your jurisdiction.");
        }
        return own;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String caller() {
        return jurisdiction.caller();
    }
}
