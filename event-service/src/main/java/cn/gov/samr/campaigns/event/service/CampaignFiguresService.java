package cn.gov.samr.campaigns.event.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.domain.Division;
import cn.gov.samr.campaigns.event.domain.LocalizedText;
import cn.gov.samr.campaigns.event.repository.CampaignFiguresRepository;
import cn.gov.samr.campaigns.event.repository.CampaignFiguresRepository.Covered;
import cn.gov.samr.campaigns.event.repository.CampaignFiguresRepository.Row;
import cn.gov.samr.campaigns.event.repository.DivisionRepository;
import cn.gov.samr.campaigns.event.service.CampaignFigures.Tally;
import cn.gov.samr.campaigns.event.service.CampaignFigures.UnitTally;

/**
 * A parent's or a series' figures add up its children's and editions' (recursively): every published or completed
 * activity of any campaign covered counts once, however many of them it was merged into.
 */
@ApplicationScoped
public class CampaignFiguresService {

    private final CampaignFiguresRepository figures;
    private final DivisionRepository divisions;

    public CampaignFiguresService(CampaignFiguresRepository figures, DivisionRepository divisions) {
        this.figures = figures;
        this.divisions = divisions;
    }

    /**
     * @param visible the campaign statuses the caller may see: the campaigns below that it may not (drafts, for all
     *            but the national office) are not covered
     */
    @Transactional
    public CampaignFigures of(Campaign campaign, List<CampaignStatus> visible) {
        List<UUID> covered = figures.covered(campaign.id).stream()
                .filter(c -> c.id().equals(campaign.id) || visible.contains(c.status())).map(Covered::id).toList();
        // Every provincial unit has its row, zeros included, in the national tables' order.
        Map<String, UnitTally> units = new LinkedHashMap<>();
        for (Division unit : divisions.provincialUnits()) {
            units.put(unit.code, new UnitTally(unit.code, unit.name, Tally.ZERO));
        }
        Tally national = Tally.ZERO;
        for (Row row : figures.activities(covered)) {
            national = national.plus(row);
            UnitTally unit = units.getOrDefault(row.provincialUnit(),
                    new UnitTally(row.provincialUnit(), new LocalizedText(row.provincialUnit(), null), Tally.ZERO));
            units.put(unit.code(), new UnitTally(unit.code(), unit.name(), unit.tally().plus(row)));
        }
        return new CampaignFigures(campaign.id, covered, national, figures.launchCeremonies(covered),
                List.copyOf(units.values()));
    }
}
