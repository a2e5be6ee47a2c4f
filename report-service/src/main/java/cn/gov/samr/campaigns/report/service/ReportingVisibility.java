package cn.gov.samr.campaigns.report.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.security.DivisionHierarchy;
import cn.gov.samr.campaigns.platform.security.Jurisdiction;
import cn.gov.samr.campaigns.platform.time.ChinaClock;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.domain.ObligationKind;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import io.quarkus.security.ForbiddenException;

/**
 * Who sees which obligation and which figure of a campaign's reporting: the one rule (the statistics rule) behind
 * the obligations list, every obligation's report, media, attachments and extensions, the statistics and the
 * exports, so that no two of them answer one caller differently.
 * <ul>
 * <li>the national office: every party and every figure;</li>
 * <li>a provincial officer: the national totals and completeness, and the rows (obligations, unit figures) of its
 * own provincial unit — the unit its {@code division} claim reports through, as the division hierarchy says, so
 * that an XPCC officer is the XPCC's (660000), not Xinjiang's;</li>
 * <li>a certification body: its own obligations (its {@code org} claim); the statistics are not its to read (role
 * check on those endpoints);</li>
 * <li>anyone else (partners): the published statistics — national totals and completeness, no party rows — and
 * only once the campaign's reporting deadline has passed; before it nothing, a 403, whichever endpoint is asked.</li>
 * </ul>
 */
@ApplicationScoped
public class ReportingVisibility {

    private final ObligationRepository obligations;
    private final DivisionHierarchy divisions;
    private final Clock clock;

    public ReportingVisibility(ObligationRepository obligations, DivisionHierarchy divisions, Clock clock) {
        this.obligations = obligations;
        this.divisions = divisions;
        this.clock = clock;
    }

    /**
     * What a caller sees of one party's rows: all of them, those of exactly one party, or none.
     *
     * @param all every party (the national office)
     * @param party the one party whose rows the caller sees: a provincial unit's code or a certification body's
     *        approval number; empty with {@code all} false: no party rows at all (partners)
     */
    public record Sight(boolean all, Optional<String> party) {

        static final Sight EVERYTHING = new Sight(true, Optional.empty());
        static final Sight TOTALS_ONLY = new Sight(false, Optional.empty());

        /** Does the caller see the rows of this party (a unit code or a body's approval number)? */
        public boolean sees(String party) {
            return all || this.party.map(p -> p.equals(party)).orElse(false);
        }

        /** 403 unless {@link #sees}: asking for another party's rows is refused, never answered empty. */
        public void require(String party) {
            if (!sees(party)) {
                throw new ForbiddenException(party + "'s reporting is outside what you may read.");
            }
        }
    }

    /**
     * What the caller sees of a campaign's reporting. A partner asking before the reporting deadline is refused
     * (403) and one asking of a campaign report-service does not know gets a 404, as the statistics always did.
     */
    public Sight of(UUID campaignId, Jurisdiction caller) {
        Sight sight = sight(caller);
        if (!sight.all() && sight.party().isEmpty()) {
            requirePublished(campaignId);
        }
        return sight;
    }

    /**
     * The check on one obligation (its report, media, attachments, extensions): 403 unless the caller sees its
     * party. Needs no campaign lookup: a partner sees no party's rows before or after the deadline.
     */
    public void require(Obligation o, Jurisdiction caller) {
        String party = o.bodyId != null ? o.bodyId : o.divisionCode;
        if (!sight(caller).sees(party)) {
            throw new ForbiddenException(o.bodyId != null ? "Certification body " + o.bodyId + "'s report is its own."
                    : "Division " + o.divisionCode + " is outside your jurisdiction.");
        }
    }

    private Sight sight(Jurisdiction caller) {
        if (caller.isNational()) {
            return Sight.EVERYTHING;
        }
        Optional<String> scope = caller.scope();
        if (scope.isPresent()) {
            // the unit the claim reports through, if the claim reaches all of it (a local officer's does not)
            String unit = divisions.provincialUnitOf(scope.get());
            return unit != null && caller.covers(unit) ? new Sight(false, Optional.of(unit)) : Sight.TOTALS_ONLY;
        }
        Optional<String> org = caller.organisation();
        return org.isPresent() ? new Sight(false, org) : Sight.TOTALS_ONLY;
    }

    private void requirePublished(UUID campaignId) {
        LocalDate deadline = reportingDeadline(campaignId)
                .orElseThrow(() -> new NotFoundProblem("Campaign", campaignId));
        if (!LocalDate.now(clock.withZone(ChinaClock.ZONE)).isAfter(deadline)) {
            throw new ForbiddenException("The reporting of campaign " + campaignId
                    + " is published after its reporting deadline, " + deadline + ".");
        }
    }

    /** The campaign's reporting deadline (extensions aside, which only lengthen one unit's); empty if unknown. */
    @Transactional
    public Optional<LocalDate> reportingDeadline(UUID campaignId) {
        return obligations.list("campaignId = ?1 and kind = ?2", campaignId, ObligationKind.SUMMARY).stream()
                .map(o -> o.deadline).min(LocalDate::compareTo);
    }
}
