package cn.gov.samr.campaigns.event.service;

import java.util.List;
import java.util.UUID;

import cn.gov.samr.campaigns.event.domain.ActivityStatus;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.repository.CampaignFiguresRepository.Row;

/**
 * A campaign's figures with everything below it: the campaigns covered (itself first), the national totals and one
 * row per provincial unit.
 */
public record CampaignFigures(UUID campaignId, List<UUID> campaigns, Tally national, long launchCeremonies,
        List<UnitTally> provincialUnits) {

    /** Published and completed activities, and the participants of the completed ones. */
    public record Tally(long published, long completed, long participants) {

        public static final Tally ZERO = new Tally(0, 0, 0);

        public long activities() {
            return published + completed;
        }

        Tally plus(Row row) {
            return new Tally(published + (row.status() == ActivityStatus.PUBLISHED ? row.activities() : 0),
                    completed + (row.status() == ActivityStatus.COMPLETED ? row.activities() : 0),
                    participants + row.participants());
        }
    }

    /** One provincial unit's tally. */
    public record UnitTally(String code, LocalizedText name, Tally tally) {
    }
}
