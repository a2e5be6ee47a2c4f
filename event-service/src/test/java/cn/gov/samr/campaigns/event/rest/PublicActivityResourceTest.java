package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The consumers' calendar: anonymous, public published activities only, as JSON, iCalendar and GeoJSON. */
@QuarkusTest
class PublicActivityResourceTest {

    private static final String LONG_TITLE = "有机产品认证知识讲解进社区暨有机产品进农户、进商超、进社区系列活动启动仪式;欢迎市民朋友参加";

    @Test
    void onlyPublicPublishedActivitiesAppearAndWithoutContacts() {
        Fixture f = fixture();
        given().queryParam("campaign", f.campaign).get("/api/v1/public/activities")
                .then().statusCode(200)
                .body("items.id", contains(f.shown))
                .body("items[0]", not(hasKey("contact")))
                .body("items[0].title.zh", equalTo(LONG_TITLE));
    }

    @Test
    void theICalendarFeedIsReadByARealCalendarLibrary() throws Exception {
        Fixture f = fixture();
        byte[] ics = given().queryParam("campaign", f.campaign).get("/api/v1/public/activities.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asByteArray();
        String text = new String(ics, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "line longer than 75 octets: " + line);
        }

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(LONG_TITLE, event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("20220920T010000Z", event.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("20220920T033000Z", event.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals(f.shown + "@certification-campaigns.samr.gov.cn", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("南京市玄武区中山路1号社区中心", event.getProperty(Property.LOCATION).orElseThrow().getValue());
    }

    /**
     * A bare carriage return in a link's province must not end the calendar's name line and start a fake event: the
     * parameter is refused, naming it (and {@code ICalendarTest} shows the text escaping that would hold anyway).
     */
    @Test
    void aLineBreakInAParameterCannotInjectAnEvent() {
        Fixture f = fixture();
        String injected = "320000\rBEGIN:VEVENT\rUID:fake\rSUMMARY:中奖通知\rEND:VEVENT";
        given().queryParam("campaign", f.campaign).queryParam("province", injected)
                .get("/api/v1/public/activities.ics").then().statusCode(400)
                .body("errors.field", contains("province"));
    }

    @Test
    void aCancelledAnnouncementStaysInTheFeedAsCancelled() throws Exception {
        Fixture f = fixture();
        as("provincial-officer", "320000").body(Map.of("reason", "天气原因")).post("/api/v1/activities/{id}/cancel", f.shown)
                .then().statusCode(200);
        String text = given().queryParam("campaign", f.campaign).get("/api/v1/public/activities.ics")
                .then().statusCode(200).extract().asString();
        VEvent event = new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        given().queryParam("campaign", f.campaign).get("/api/v1/public/activities")
                .then().body("items.status", contains("cancelled"));
    }

    @Test
    void theGeoJsonIsAFeatureCollectionOfPointsLongitudeFirst() {
        Fixture f = fixture();
        given().queryParam("campaign", f.campaign).get("/api/v1/public/activities.geojson")
                .then().statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features.id", contains(f.shown))
                .body("features[0].type", equalTo("Feature"))
                .body("features[0].geometry.type", equalTo("Point"))
                .body("features[0].geometry.coordinates", contains(118.79f, 32.05f))
                .body("features[0].properties.title", equalTo(LONG_TITLE));
    }

    /** RFC 7946 §3.2: a feature without a place has geometry null, not no feature; each says its status. */
    @Test
    void anActivityWithoutCoordinatesIsAnUnlocatedFeatureAndACancelledOneSaysSo() {
        Fixture f = fixture();
        Map<String, Object> unlocated = lecture(f.campaign, "2022-09-21");
        unlocated.put("venue", Map.of("division", "320102", "address", "南京市玄武区"));
        String id = publish(schedule(unlocated));
        as("provincial-officer", "320000").body(Map.of("reason", "场地调整")).post("/api/v1/activities/{id}/cancel", id)
                .then().statusCode(200);
        given().queryParam("campaign", f.campaign).get("/api/v1/public/activities.geojson")
                .then().statusCode(200)
                .body("features.id", contains(f.shown, id))
                .body("features[0].properties.status", equalTo("published"))
                .body("features[1].geometry", nullValue())
                .body("features[1]", hasKey("geometry"))
                .body("features[1].properties.status", equalTo("cancelled"));
    }

    private record Fixture(String campaign, String shown) {
    }

    /** One public published activity; one internal published; one public still planned. */
    private static Fixture fixture() {
        String campaign = organicWeek();
        Map<String, Object> shown = lecture(campaign, "2022-09-20");
        shown.put("title", Map.of("zh", LONG_TITLE));
        String id = publish(schedule(shown));
        Map<String, Object> internal = lecture(campaign, "2022-09-21");
        internal.put("visibility", "internal");
        publish(schedule(internal));
        schedule(lecture(campaign, "2022-09-22"));
        return new Fixture(campaign, id);
    }

    private static String schedule(Map<String, Object> body) {
        return as("provincial-officer", "320000").body(body).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
    }

    private static String publish(String id) {
        as("provincial-officer", "320000").post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        return id;
    }
}
