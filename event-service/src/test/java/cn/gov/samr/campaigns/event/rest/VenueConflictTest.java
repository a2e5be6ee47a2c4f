package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A busy venue makes a bounded answer: the same-venue and launch-ceremony warnings name at most five activities,
 * then say how many there are (counted up to 1,000). The bookings are written straight into the table, since
 * scheduling a thousand through the API would only test the API a thousand times.
 */
@QuarkusTest
class VenueConflictTest {

    /** A venue of its own for each test, so that the other tests' bookings do not count. */
    private final String venue = "南京市玄武区中山路1号社区中心 " + UUID.randomUUID();

    @Inject
    DataSource db;

    @Test
    void sevenOverlappingBookingsNameFiveAndCountSeven() throws SQLException {
        String campaign = organicWeek();
        book(campaign, "KNOWLEDGE_LECTURE", venue, 7, "2022-09-22T10:00:00+08:00", "2022-09-22T12:00:00+08:00");
        book(campaign, "KNOWLEDGE_LECTURE", venue, 3, "2022-09-22T11:30:00+08:00", "2022-09-22T13:00:00+08:00");
        book(campaign, "KNOWLEDGE_LECTURE", "别处", 3, "2022-09-22T10:00:00+08:00", "2022-09-22T12:00:00+08:00");

        jiangsu().body(atVenue(lecture(campaign, "2022-09-22"))).post("/api/v1/activities")
                .then().statusCode(201)
                .body("warnings", hasSize(6))
                .body("warnings.field", everyItem(equalTo("venue")))
                .body("warnings[0].message", startsWith("the same venue is booked by"))
                .body("warnings[5].message", equalTo(
                        "7 other bookings of the same venue overlap these times; the first 5 are named"));
    }

    @Test
    void thousandsOfOverlappingBookingsStillAnswerAHandful() throws SQLException {
        String campaign = organicWeek();
        book(campaign, "KNOWLEDGE_LECTURE", venue, 1_200, "2022-09-23T08:00:00+08:00",
                "2022-09-23T18:00:00+08:00");

        jiangsu().body(atVenue(lecture(campaign, "2022-09-23"))).post("/api/v1/activities")
                .then().statusCode(201)
                .body("warnings", hasSize(6))
                .body("warnings[5].message", equalTo("more than 1000 other bookings of the same venue overlap "
                        + "these times; the first 5 are named"));
    }

    @Test
    void manyLaunchCeremoniesOfOneCampaignNameFiveAndCountThem() throws SQLException {
        String campaign = organicWeek();
        book(campaign, "LAUNCH_CEREMONY", null, 8, "2022-09-19T09:00:00+08:00", "2022-09-19T11:00:00+08:00");
        Map<String, Object> launch = lecture(campaign, "2022-09-19");
        launch.put("type", "launch-ceremony");
        launch.put("venue", Map.of("division", "320106", "address", venue));

        as("national-admin", null).body(launch).post("/api/v1/activities")
                .then().statusCode(201)
                .body("warnings", hasSize(6))
                .body("warnings.field", everyItem(equalTo("type")))
                .body("warnings[5].message", equalTo("8 other launch ceremonies of campaign " + campaign
                        + " exist; the first 5 are named"));
    }

    /** {@code count} planned activities of the campaign in 南京市玄武区, at {@code venue} from start to end. */
    private void book(String campaign, String type, String venue, int count, String start, String end)
            throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement activity = c.prepareStatement("""
                insert into activity (id, type, title_zh, division_code, provincial_unit, venue_address, starts_at,
                    ends_at, format, visibility, voluntary_participation, no_fee, status, scheduled_by, created_at,
                    updated_at)
                values (?, ?, '已有活动', '320102', '320000', ?, cast(? as timestamptz), cast(? as timestamptz),
                    'OFFLINE', 'PUBLIC', true, true, 'PLANNED', 'test', now(), now())""");
                PreparedStatement link = c.prepareStatement(
                        "insert into activity_campaign (activity_id, campaign_id) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                activity.setObject(1, id);
                activity.setString(2, type);
                activity.setString(3, venue);
                activity.setString(4, start);
                activity.setString(5, end);
                activity.addBatch();
                link.setObject(1, id);
                link.setObject(2, UUID.fromString(campaign));
                link.addBatch();
            }
            activity.executeBatch();
            link.executeBatch();
        }
    }

    private Map<String, Object> atVenue(Map<String, Object> body) {
        body.put("venue", Map.of("division", "320102", "address", venue));
        return body;
    }

    private static RequestSpecification jiangsu() {
        return as("provincial-officer", "320000");
    }
}
