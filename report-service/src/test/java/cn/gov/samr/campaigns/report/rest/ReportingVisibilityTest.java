package cn.gov.samr.campaigns.report.rest;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.as;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.service.export.CsvSummaryRendererTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One rule per question: the obligations list, the statistics and the export answer one caller alike — the same
 * refusal, or the same provincial units' rows — for a campaign whose reporting deadline has passed and one whose
 * deadline is still ahead.
 */
@QuarkusTest
class ReportingVisibilityTest {

    private static final String OBLIGATIONS = "/api/v1/obligations";
    private static final String STATISTICS = "/api/v1/statistics/campaigns/{campaign}";
    private static final String EXPORT = "/api/v1/exports/campaigns/{campaign}/national-summary.csv";

    private static UUID past;
    private static UUID upcoming;

    /** Made on first use: the fixture waits over HTTP, which a static @BeforeAll would call before the app is up. */
    @BeforeEach
    void twoCampaigns() {
        if (past == null) {
            past = publishedCampaign("2022-10-14");
            upcoming = publishedCampaign("2099-10-14");
        }
    }

    /** What one caller gets from the three endpoints: a status each, and the units each shows when it answers. */
    record Answers(List<Integer> statuses, List<List<String>> units) {
    }

    private static Answers ask(String role, String division, UUID campaign) throws IOException {
        var obligations = as(role, division).queryParam("campaign", campaign).queryParam("limit", 200).get(OBLIGATIONS)
                .then().extract();
        var statistics = as(role, division).get(STATISTICS, campaign).then().extract();
        var export = as(role, division).get(EXPORT, campaign).then().extract();
        List<List<String>> units = List.of();
        if (obligations.statusCode() == 200 && statistics.statusCode() == 200 && export.statusCode() == 200) {
            List<CSVRecord> rows = CsvSummaryRendererTest.tables(export.asByteArray()).get(1);
            units = List.of(obligations.<List<String>>path("items.party.code"),
                    statistics.<List<String>>path("units.provincialUnit"),
                    rows.subList(2, rows.size() - 1).stream().map(r -> r.get(0)).toList()); // title, header; total
        }
        return new Answers(List.of(obligations.statusCode(), statistics.statusCode(), export.statusCode()), units);
    }

    @Test
    void aPartnerIsRefusedByAllThreeBeforeTheDeadlineAndSeesNoUnitRowsInAnyAfterIt() throws IOException {
        assertEquals(new Answers(List.of(403, 403, 403), List.of()), ask("partner", null, upcoming),
                "before the deadline: the reporting status of the provinces is not yet published");
        assertEquals(new Answers(List.of(200, 200, 200), List.of(List.of(), List.of(), List.of())),
                ask("partner", null, past), "after it: national totals and completeness, no unit rows");
        as("partner", null).queryParam("campaign", past).queryParam("division", "320000").get(OBLIGATIONS)
                .then().statusCode(403);
        as("partner", null).queryParam("campaign", UUID.randomUUID()).get(OBLIGATIONS).then().statusCode(404);
    }

    @Test
    void aProvincialOfficerSeesItsOwnUnitInAllThreeBeforeAndAfterTheDeadline() throws IOException {
        List<List<String>> ownOnly = List.of(List.of("320000"), List.of("320000"), List.of("320000"));
        assertEquals(new Answers(List.of(200, 200, 200), ownOnly), ask("provincial-officer", "320000", upcoming));
        assertEquals(new Answers(List.of(200, 200, 200), ownOnly), ask("provincial-officer", "320000", past));
        as("provincial-officer", "320000").queryParam("campaign", past).queryParam("division", "330000")
                .get(OBLIGATIONS).then().statusCode(403);
        for (String format : List.of("xlsx", "pdf")) { // the other renderers take a one-unit summary too
            as("provincial-officer", "320000").get(EXPORT.replace(".csv", "." + format), past).then().statusCode(200);
        }
    }

    @Test
    void theXpccsOfficerSeesTheXpccsRowNotXinjiangs() throws IOException {
        List<List<String>> xpcc = List.of(List.of("660000"), List.of("660000"), List.of("660000"));
        assertEquals(new Answers(List.of(200, 200, 200), xpcc), ask("provincial-officer", "660000", past));
    }

    @Test
    void theNationalOfficeSeesEveryUnitInAllThree() throws IOException {
        Answers all = ask("national-admin", null, past);
        assertEquals(List.of(200, 200, 200), all.statuses());
        assertEquals(32, all.units().get(0).size());
        assertEquals(all.units().get(0), all.units().get(1));
        assertEquals(all.units().get(0), all.units().get(2));
    }
}
