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
                List.of(new CampaignTally(A, "published"), new CampaignTally(B, "closed")), Set.of(A, B)));
    }

    @Test
    void aMissingPlanAndAPlanOfACampaignNeverPublishedEachCount() {
        assertEquals(2, DistributionPlanDrift.difference(
                List.of(new CampaignTally(A, "published"), new CampaignTally(B, "published")), Set.of(A, C)));
    }

    @Test
    void nothingPublishedAndNoPlansIsNoDrift() {
        assertEquals(0, DistributionPlanDrift.difference(List.of(), Set.of()));
    }
}
