package cn.gov.samr.campaigns.material.rest;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.samr.campaigns.material.domain.DistributionPlan;
import cn.gov.samr.campaigns.material.repository.DistributionPlanRepository.Line;

/** A plan with its quantities: per postal material, the copies for each provincial unit and their total. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "campaignId", "status", "openedAt", "recipients", "materials", "version" })
public record DistributionPlanView(UUID id, UUID campaignId, DistributionPlan.Status status, OffsetDateTime openedAt,
        OffsetDateTime updatedAt, OffsetDateTime fannedOutAt, long recipients, List<MaterialLines> materials,
        long version) {

    @Schema(requiredProperties = { "materialId", "total", "quantities" })
    public record MaterialLines(UUID materialId, String titleZh, long total, List<UnitQuantity> quantities) {
    }

    @Schema(requiredProperties = { "provincialUnit", "quantity" })
    public record UnitQuantity(String provincialUnit, int quantity) {
    }

    public static DistributionPlanView of(DistributionPlan p, long recipients, List<Line> lines) {
        Map<UUID, List<Line>> byMaterial = new LinkedHashMap<>();
        lines.forEach(l -> byMaterial.computeIfAbsent(l.materialId(), m -> new java.util.ArrayList<>()).add(l));
        List<MaterialLines> materials = byMaterial.values().stream().map(ls -> new MaterialLines(ls.get(0).materialId(),
                ls.get(0).titleZh(), ls.stream().mapToLong(Line::quantity).sum(),
                ls.stream().map(l -> new UnitQuantity(l.divisionCode(), l.quantity())).toList())).toList();
        return new DistributionPlanView(p.id, p.campaignId, p.status, p.openedAt, p.updatedAt, p.fannedOutAt,
                recipients, materials, p.version);
    }
}
