package cn.gov.samr.campaigns.material.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The comparison of the distribution plans with event-service's published campaigns. */
class DistributionPlanDriftTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();

    @Test
    void everyPublishedCampaignWithItsPlanIsNoDrift() {
        assertEquals(0, DistributionPlanDrift.difference(
                List.of(week(A, "published"), week(B, "closed")), Set.of(A, B)));
    }

    @Test
    void aMissingPlanAndAPlanOfACampaignNeverPublishedEachCount() {
        assertEquals(2, DistributionPlanDrift.difference(
                List.of(week(A, "published"), week(B, "published")), Set.of(A, C)));
    }

    @Test
    void aSeriesNeedsNoPlanAndAPlanForOneIsDrift() {
        assertEquals(0, DistributionPlanDrift.difference(
                List.of(new CampaignTally(A, "series", "published"), new CampaignTally(B, null, "published")),
                Set.of(B)));
        assertEquals(1, DistributionPlanDrift.difference(List.of(new CampaignTally(A, "series", "published")),
                Set.of(A)));
    }

    @Test
    void nothingPublishedAndNoPlansIsNoDrift() {
        assertEquals(0, DistributionPlanDrift.difference(List.of(), Set.of()));
    }

    private static CampaignTally week(UUID id, String status) {
        return new CampaignTally(id, "organic-product-week", status);
    }
}
