package cn.gov.samr.campaigns.event.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.event.domain.CertificationBody;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.event.repository.CertificationBodyRepository;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import io.quarkus.security.ForbiddenException;

/** The certification bodies' reference list, and what each body's activities add up to. */
@ApplicationScoped
public class CertificationBodyService {

    /** A body's figures: over all the campaigns asked for, each activity once, and per campaign. */
    public record BodyFigures(CertificationBody body, CertificationBodyRepository.Figures total,
            List<CertificationBodyRepository.CampaignFigures> campaigns) {
    }

    private final CertificationBodyRepository bodies;
    private final CampaignRepository campaigns;

    public CertificationBodyService(CertificationBodyRepository bodies, CampaignRepository campaigns) {
        this.bodies = bodies;
        this.campaigns = campaigns;
    }

    public CertificationBody get(String id) {
        return bodies.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Certification body", id));
    }

    public List<CertificationBody> list(CertificationBodyRepository.Filter filter, String afterId, int limit) {
        return bodies.list(filter, afterId, limit);
    }

    /**
     * The figures of a body's activities, of one campaign or of every campaign it took part in. A body's own officer
     * ({@code callerBody}, its org claim) sees its own figures only; the roles allowed in are the resource's to say.
     */
    public BodyFigures figures(String id, UUID campaign, Optional<String> callerBody) {
        CertificationBody body = get(id);
        if (callerBody.isPresent() && !callerBody.get().equals(body.id)) {
            throw new ForbiddenException("A certification body sees its own figures only.");
        }
        if (campaign != null && campaigns.findByIdOptional(campaign).isEmpty()) {
            throw InvalidInputException.of("campaign", "no campaign " + campaign);
        }
        return new BodyFigures(body, bodies.total(body.id, campaign), bodies.figuresPerCampaign(body.id, campaign));
    }
}
