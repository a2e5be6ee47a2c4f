package cn.gov.samr.campaigns.event.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.event.domain.Activity;
import cn.gov.samr.campaigns.event.domain.ActivityPlan;
import cn.gov.samr.campaigns.event.domain.Campaign;
import cn.gov.samr.campaigns.event.domain.CampaignStatus;
import cn.gov.samr.campaigns.event.repository.CampaignRepository;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;

/**
 * Bulk scheduling (批量导入): rows read from a spreadsheet are checked with the same rules as a single POST
 * ({@link ActivityService#check}, and the caller's jurisdiction as an error of the row), then either reported (dry
 * run) or scheduled all together as planned activities — all rows or none.
 */
@ApplicationScoped
public class ActivityImportService {

    /** A row as the spreadsheet numbers it; its plan (null if the row's shape did not allow one) and errors so far. */
    public record Row(int number, ActivityPlan plan, List<FieldError> errors) {
    }

    public record RowError(int row, String field, String message) {
    }

    /** What an import found and did: data rows, rows without error, the errors listed and not, what was scheduled. */
    public record Outcome(int rows, int valid, List<RowError> errors, int errorsNotListed, List<Activity> scheduled) {
    }

    /** A dry run lists this many errors and counts the rest: a file of bad dates would otherwise list thousands. */
    public static final int MAX_LISTED_ERRORS = 1000;

    /** A refused commit names this many in its problem, the 100th entry of which says how many more there are. */
    static final int MAX_PROBLEM_ERRORS = 99;

    private final ActivityService activities;
    private final CampaignRepository campaigns;

    public ActivityImportService(ActivityService activities, CampaignRepository campaigns) {
        this.activities = activities;
        this.campaigns = campaigns;
    }

    /**
     * Checks every row; a dry run answers what it found, a commit schedules all rows or, if any row has an error,
     * refuses with 400 naming {@code rows[n].field} (n the spreadsheet's row number) and writes nothing.
     */
    @Transactional
    public Outcome run(UUID campaignId, List<Row> rows, boolean commit) {
        requirePublished(campaignId);
        List<RowError> errors = new ArrayList<>();
        int valid = 0;
        for (Row row : rows) {
            Set<FieldError> found = new LinkedHashSet<>(row.errors());
            if (row.plan() != null) {
                InvalidInputException.Collector rules = InvalidInputException.collect();
                activities.check(row.plan(), rules);
                activities.checkJurisdiction(row.plan(), rules);
                found.addAll(rules.errors());
            }
            found.forEach(e -> errors.add(new RowError(row.number(), e.field(), e.message())));
            valid += found.isEmpty() ? 1 : 0;
        }
        if (commit && !errors.isEmpty()) {
            throw refusal(errors);
        }
        List<Activity> scheduled = commit ? activities.scheduleAll(rows.stream().map(Row::plan).toList()) : List.of();
        List<RowError> listed = errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS));
        return new Outcome(rows.size(), valid, List.copyOf(listed), errors.size() - listed.size(), scheduled);
    }

    /** Checked once for the file rather than once per row, so that a wrong id is one error, not two thousand. */
    private void requirePublished(UUID id) {
        Campaign campaign = campaigns.findById(id);
        if (campaign == null) {
            throw InvalidInputException.of("campaign", "no campaign " + id);
        }
        if (campaign.status != CampaignStatus.PUBLISHED) {
            throw InvalidInputException.of("campaign", "campaign " + campaign.name.zh() + " is "
                    + campaign.status.name().toLowerCase() + "; activities are scheduled under published campaigns");
        }
    }

    /** The first rows' errors as rows[n].field, then one entry saying how many more there are. */
    private static InvalidInputException refusal(List<RowError> errors) {
        List<FieldError> named = new ArrayList<>();
        for (RowError e : errors.subList(0, Math.min(errors.size(), MAX_PROBLEM_ERRORS))) {
            named.add(new FieldError("rows[" + e.row() + "]." + e.field(), e.message()));
        }
        long badRows = errors.stream().mapToInt(RowError::row).distinct().count();
        String summary = badRows + " row(s) have errors; nothing was scheduled";
        if (errors.size() > named.size()) {
            summary += "; " + (errors.size() - named.size()) + " more error(s) are not named here: a dry run "
                    + "(dryRun=true) lists them";
        }
        named.add(new FieldError("rows", summary));
        return new InvalidInputException(named);
    }
}
