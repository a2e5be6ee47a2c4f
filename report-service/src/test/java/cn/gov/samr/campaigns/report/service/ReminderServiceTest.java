package cn.gov.samr.campaigns.report.service;

import static cn.gov.samr.campaigns.report.rest.ReportFixtures.awaitEvent;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.obligation;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.province;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.publishedCampaign;
import static cn.gov.samr.campaigns.report.rest.ReportFixtures.saveDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reminder pass at chosen instants (days before: 7,3,1): each reminder once, on the real broker; none for a
 * submitted report. The campaign is due in 2021 so that other tests' 2022 obligations are outside its window.
 */
@QuarkusTest
class ReminderServiceTest {

    @Inject
    ReminderService reminders;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    @Test
    void approachingOncePerDayCountThenMissedOnceAndNothingForASubmittedReport() {
        UUID campaign = publishedCampaign("2021-06-30");
        String late = obligation(campaign, "500000");
        String submitted = obligation(campaign, "510000");
        saveDraft(submitted, "510000");
        clock.setChina("2021-06-20T10:00");
        province("510000").post("/api/v1/reports/{id}/submit", submitted).then().statusCode(200);

        reminders.remind(china("2021-06-22T09:00")); // 8 days left: nothing yet
        assertEquals(0, outbox(late, "DeadlineApproaching"));

        reminders.remind(china("2021-06-23T09:00"));
        reminders.remind(china("2021-06-23T18:00"));
        assertEquals(1, outbox(late, "DeadlineApproaching"));
        assertTrue(awaitEvent(late, "DeadlineApproaching", "\"daysLeft\":7").value().contains("500000"));

        // the job did not run on the 27th: on the 29th one reminder (1 day left), not a stale 3-day one as well
        reminders.remind(china("2021-06-29T09:00"));
        reminders.remind(china("2021-06-30T23:59"));
        assertEquals(2, outbox(late, "DeadlineApproaching"));
        awaitEvent(late, "DeadlineApproaching", "\"daysLeft\":1");
        assertEquals(0, outbox(late, "DeadlineMissed"));

        reminders.remind(china("2021-07-01T00:01"));
        reminders.remind(china("2021-07-02T09:00"));
        assertEquals(1, outbox(late, "DeadlineMissed"));
        assertTrue(awaitEvent(late, "DeadlineMissed").value().contains("missing"));

        assertEquals(0, outbox(submitted, "DeadlineApproaching") + outbox(submitted, "DeadlineMissed"));
    }

    private static java.time.Instant china(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    private long outbox(String obligation, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, obligation).setParameter(2, type).getSingleResult()).longValue());
    }
}
