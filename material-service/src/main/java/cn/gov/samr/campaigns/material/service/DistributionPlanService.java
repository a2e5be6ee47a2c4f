package cn.gov.samr.campaigns.material.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import cn.gov.samr.campaigns.material.domain.DistributionPlan;
import cn.gov.samr.campaigns.material.domain.Shipment;
import cn.gov.samr.campaigns.material.domain.ShipmentItem;
import cn.gov.samr.campaigns.material.messaging.CampaignPublished;
import cn.gov.samr.campaigns.material.repository.DistributionPlanRepository;
import cn.gov.samr.campaigns.material.repository.DistributionPlanRepository.Line;
import cn.gov.samr.campaigns.material.repository.PostalMaterials;
import cn.gov.samr.campaigns.material.repository.ShipmentRepository;
import cn.gov.samr.campaigns.platform.rest.ConflictProblem;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.NotFoundProblem;
import cn.gov.samr.campaigns.platform.rest.Versions;

/**
 * A campaign's distribution plan (海报分发计划): quantities per postal material and provincial unit, editable while
 * the plan is open, then fanned out into one shipment per unit, after which it is locked.
 */
@ApplicationScoped
public class DistributionPlanService {

    /** A new quantity for one material and unit; {@code index} is its place in the request, for error names. */
    public record LineChange(int index, UUID materialId, String provincialUnit, int quantity) {
    }

    private final DistributionPlanRepository plans;
    private final PostalMaterials materials;
    private final ShipmentRepository shipments;
    private final Clock clock;

    public DistributionPlanService(DistributionPlanRepository plans, PostalMaterials materials,
            ShipmentRepository shipments, Clock clock) {
        this.plans = plans;
        this.materials = materials;
        this.shipments = shipments;
        this.clock = clock;
    }

    /**
     * The campaign's plan, opened empty unless it exists, addressed to the provincial units the campaign names; a
     * CampaignPublished older than the one the plan follows ({@code version}, its aggregate version) adds no
     * recipient. Replaying the events again changes nothing, so a rebuild may replay them all.
     */
    @Transactional(TxType.MANDATORY)
    public void openFor(CampaignPublished campaign, long version) {
        UUID planId = plans.openIfAbsent(campaign.campaignId(), OffsetDateTime.now(clock));
        if (plans.follow(planId, version)) {
            campaign.provincialUnits().forEach(unit -> plans.addRecipientIfAbsent(planId, unit.code(),
                    unit.name().zh()));
        }
    }

    /** Adds a postal material with one national figure: every recipient gets {@code quantityPerUnit} copies. */
    @Transactional
    public DistributionPlan addMaterial(UUID planId, UUID materialId, int quantityPerUnit, Long expectedVersion) {
        DistributionPlan plan = editable(planId, expectedVersion);
        InvalidInputException.Collector errors = InvalidInputException.collect();
        checkPostal(plan, materialId, "materialId", errors);
        errors.throwIfAny();
        if (plans.hasMaterial(planId, materialId)) {
            throw new ConflictProblem("Material " + materialId + " is already in the plan; change its quantities.");
        }
        plans.addMaterial(planId, materialId, quantityPerUnit);
        return touched(plan);
    }

    /** Changes several units' quantities at once; every bad line is named, and nothing changes unless all are good. */
    @Transactional
    public DistributionPlan changeQuantities(UUID planId, List<LineChange> changes, Long expectedVersion) {
        DistributionPlan plan = editable(planId, expectedVersion);
        Set<String> recipients = plans.recipientCodes(planId);
        Set<String> seen = new HashSet<>();
        InvalidInputException.Collector errors = InvalidInputException.collect();
        for (LineChange c : changes) {
            String at = "lines[" + c.index() + "].";
            if (checkPostal(plan, c.materialId(), at + "materialId", errors)) {
                errors.check(plans.hasMaterial(planId, c.materialId()), at + "materialId",
                        "is not in this plan; add it with its national figure first");
            }
            errors.check(recipients.contains(c.provincialUnit()), at + "provincialUnit",
                    "is not a recipient of this plan");
            errors.check(seen.add(c.materialId() + "/" + c.provincialUnit()), at + "provincialUnit",
                    "appears twice for this material");
        }
        errors.throwIfAny();
        changes.forEach(c -> plans.setQuantity(planId, c.materialId(), c.provincialUnit(), c.quantity()));
        return touched(plan);
    }

    /**
     * One shipment per provincial unit with at least one copy planned, one item per material above zero; all in
     * this transaction, so a failure at any unit leaves no shipment at all. The plan is locked afterwards.
     */
    @Transactional
    public List<Shipment> fanOut(UUID planId, Long expectedVersion) {
        DistributionPlan plan = editable(planId, expectedVersion);
        Map<String, List<ShipmentItem>> byUnit = new TreeMap<>();
        for (Line line : plans.lines(planId)) {
            if (line.quantity() > 0) {
                byUnit.computeIfAbsent(line.divisionCode(), u -> new ArrayList<>())
                        .add(ShipmentItem.of(line.materialId(), line.quantity()));
            }
        }
        if (byUnit.isEmpty()) {
            throw new ConflictProblem("Plan " + planId + " has no quantity above zero; there is nothing to ship.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Shipment> created = new ArrayList<>();
        byUnit.forEach((unit, items) -> {
            Shipment shipment = Shipment.planned(UUID.randomUUID(), plan, unit, items, now);
            shipments.persist(shipment);
            try {
                shipments.flush(); // unit by unit, so that a refused row names its unit
            } catch (PersistenceException e) {
                throw new ConflictProblem("The shipment to " + unit + " was refused by the database (" + rootCause(e)
                        + "); no shipment was created. Correct the plan's quantities for " + unit + ".");
            }
            created.add(shipment);
        });
        plan.status = DistributionPlan.Status.DISPATCHED;
        plan.fannedOutAt = now;
        touched(plan);
        return created;
    }

    public DistributionPlan get(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("Distribution plan", id));
    }

    public List<Line> lines(UUID planId) {
        return plans.lines(planId);
    }

    public List<DistributionPlan> list(UUID campaignId, OffsetDateTime afterOpened, UUID afterId, int limit) {
        return plans.list(campaignId, afterOpened, afterId, limit);
    }

    public long recipients(UUID planId) {
        return plans.recipients(planId);
    }

    /** Postal (POST or BOTH), published, and of the plan's campaign; says which of these it is not. */
    private boolean checkPostal(DistributionPlan plan, UUID materialId, String field,
            InvalidInputException.Collector errors) {
        PostalMaterials.MaterialRef material = materials.find(materialId).orElse(null);
        if (material == null) {
            errors.check(false, field, "no such material");
            return false;
        }
        boolean ok = plan.campaignId.equals(material.campaignId()) && material.isPostal();
        errors.check(plan.campaignId.equals(material.campaignId()), field, "is a material of another campaign")
                .check(material.isPostal(), field, "is not a published material delivered by post");
        return ok;
    }

    private DistributionPlan editable(UUID planId, Long expectedVersion) {
        DistributionPlan plan = get(planId);
        Versions.require("Distribution plan", planId, plan.version, expectedVersion);
        if (!plan.isOpen()) {
            throw new ConflictProblem("Distribution plan " + planId + " was fanned out into shipments at "
                    + plan.fannedOutAt + "; it no longer changes.");
        }
        return plan;
    }

    /** Marks the plan changed and flushes, so that the version the caller gets back is the new one. */
    private DistributionPlan touched(DistributionPlan plan) {
        plan.updatedAt = OffsetDateTime.now(clock);
        plans.flush();
        return plan;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
