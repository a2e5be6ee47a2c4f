package cn.gov.samr.campaigns.material.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.material.domain.Material;
import cn.gov.samr.campaigns.material.domain.MaterialFile;
import cn.gov.samr.campaigns.material.domain.MaterialStatus;
import cn.gov.samr.campaigns.material.messaging.MaterialEventProducer;
import cn.gov.samr.campaigns.material.repository.MaterialFileRepository;
import cn.gov.samr.campaigns.material.repository.MaterialRepository;
import cn.gov.samr.campaigns.platform.repository.ChangeFeed;
import cn.gov.samr.campaigns.platform.rest.Changes;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Versions;

/** The catalogue: a campaign's materials, written by the national office, from draft to published to withdrawn. */
@ApplicationScoped
public class MaterialService {

    private final MaterialRepository materials;
    private final MaterialFileRepository files;
    private final MaterialEventProducer events;
    private final Clock clock;

    public MaterialService(MaterialRepository materials, MaterialFileRepository files, MaterialEventProducer events,
            Clock clock) {
        this.materials = materials;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A draft material of a campaign this service knows as published; the campaign is not asked of event-service
     * (no synchronous calls between services), so a campaign whose CampaignPublished has not arrived is unknown.
     */
    @Transactional
    public Material create(UUID campaignId, Material.Terms terms, String createdBy) {
        InvalidInputException.collect().check(materials.campaignKnown(campaignId), "campaignId",
                "no published campaign with this id is known here").throwIfAny();
        Material material = Material.draft(UUID.randomUUID(), campaignId, terms, createdBy, now());
        materials.persist(material);
        return material;
    }

    /** @param expectedVersion the version the caller last read (If-Match), or null to skip the check */
    @Transactional
    public Material update(UUID id, Material.Terms terms, Long expectedVersion) {
        Material material = get(id);
        Versions.require("Material", id, material.version, expectedVersion);
        material.apply(terms, now());
        materials.flush(); // the new version for the ETag
        if (material.status == MaterialStatus.PUBLISHED) { // a draft was never announced
            events.updated(material);
        }
        return material;
    }

    /** Publishes the draft and announces it, with its current file if it has one, in the same transaction. */
    @Transactional
    public Material publish(UUID id) {
        Material material = get(id);
        if (material.publish(now())) {
            materials.flush();
            events.published(material);
            if (material.currentVersion != null) {
                MaterialFile current = files.find(id, material.currentVersion).orElseThrow();
                events.versionPublished(material, current, material.publishedAt);
            }
        }
        return material;
    }

    /** Takes a material out of the catalogue; its files are kept (the statistics refer to them). */
    @Transactional
    public Material withdraw(UUID id) {
        Material material = get(id);
        boolean announced = material.status == MaterialStatus.PUBLISHED;
        if (material.withdraw(now()) && announced) { // a draft was never announced; a second withdrawal says nothing
            materials.flush();
            events.withdrawn(material);
        }
        materials.flush();
        return material;
    }

    public Material get(UUID id) {
        return materials.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Material", id));
    }

    public List<Material> list(MaterialRepository.Filter filter, OffsetDateTime afterCreated, UUID afterId,
            int limit) {
        return materials.list(filter, afterCreated, afterId, limit);
    }

    /**
     * A page of the changes to the materials the filter selects, in commit order (platform ChangeFeed), read in one
     * snapshot: its own transaction, so the views are built here, with the objects of that snapshot.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> Changes<T> changes(MaterialRepository.Filter filter, ChangeFeed.Position after, int limit,
            Function<List<Material>, List<T>> views) {
        ChangeFeed.oneSnapshot(materials.getEntityManager());
        return ChangeFeed.page(materials.changes(filter, after, limit + 1), after, limit, materials::byIds, m -> m.id,
                views);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
