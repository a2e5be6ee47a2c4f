package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The feeds as subscribers read them: the iCalendar through ical4j, the GeoJSON through the GeoJSON project's own
 * JSON Schema; with an online activity (no place) and a cancelled one, and text that tries to break out of its line.
 */
@QuarkusTest
class PublicFeedsTest {

    /** LF is allowed in a description (CR is refused at input): each line poses as a property or a component. */
    private static final String INJECTION = "现场答疑\nEND:VEVENT\nBEGIN:VEVENT\nUID:fake@example.com\nSUMMARY:中奖通知\n"
            + "END:VEVENT\nBEGIN:VEVENT";

    @Test
    void theICalendarCarriesUrlOrganizerCategoriesInWordsAndEnglish() throws Exception {
        Fixture f = fixture();
        String text = given().queryParam("campaign", f.campaign).get("/api/v1/public/activities.ics")
                .then().statusCode(200).extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(text)).getComponents(Component.VEVENT);
        Map<String, VEvent> byUid = events.stream().collect(Collectors.toMap(
                e -> e.getProperty(Property.UID).orElseThrow().getValue(), e -> e));
        assertEquals(3, events.size(), "the lecture, the online one and the cancelled one: " + byUid.keySet());

        VEvent lecture = byUid.get(f.lecture + "@certification-campaigns.samr.gov.cn");
        assertEquals("https://certification-campaigns.samr.gov.cn/activities/" + f.lecture,
                lecture.getProperty(Property.URL).orElseThrow().getValue());
        Property organizer = lecture.getProperty(Property.ORGANIZER).orElseThrow();
        assertEquals("江苏省市场监督管理局", organizer.getParameter(Parameter.CN).orElseThrow().getValue());
        assertEquals("mailto:noreply@certification-campaigns.samr.gov.cn", organizer.getValue());
        List<String> categories = lecture.getProperties(Property.CATEGORIES).stream().map(Property::getValue).toList();
        assertEquals(List.of("knowledge-lecture", "知识讲解", "Knowledge lecture"), categories);
        assertEquals("zh-CN", lecture.getProperty(Property.SUMMARY).orElseThrow()
                .getParameter(Parameter.LANGUAGE).orElseThrow().getValue());
        Property english = lecture.getProperty("X-SAMR-SUMMARY").orElseThrow();
        assertEquals("Organic certification explained", english.getValue());
        assertEquals("en", english.getParameter(Parameter.LANGUAGE).orElseThrow().getValue());
        assertEquals("Questions answered on site", lecture.getProperty("X-SAMR-DESCRIPTION").orElseThrow().getValue());

        // the injected lines stay inside the one DESCRIPTION, with the English after a blank line
        assertEquals(INJECTION + "\n\nOrganic certification explained\nQuestions answered on site",
                lecture.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        assertTrue(events.stream().noneMatch(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .startsWith("fake")), "no injected event");

        VEvent cancelled = byUid.get(f.cancelled + "@certification-campaigns.samr.gov.cn");
        assertEquals("CANCELLED", cancelled.getProperty(Property.STATUS).orElseThrow().getValue());
        VEvent online = byUid.get(f.online + "@certification-campaigns.samr.gov.cn");
        assertTrue(online.getProperty(Property.GEO).isEmpty(), "an online activity has no GEO");
        assertEquals(List.of("online", "线上活动", "Online event"),
                online.getProperties(Property.CATEGORIES).stream().map(Property::getValue).toList());
    }

    /** A carriage return cannot even be stored: the request naming the field is refused. */
    @Test
    void aCarriageReturnInATitleIsRefusedAtTheDoor() {
        String campaign = organicWeek();
        Map<String, Object> body = lecture(campaign, "2022-09-20");
        body.put("title", Map.of("zh", "讲座\r\nEND:VEVENT"));
        as("provincial-officer", "320000").body(body).post("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("title.zh"));
    }

    @Test
    void theGeoJsonIsValidAgainstTheGeoJsonSchemaWithTheOnlineAndTheCancelledActivity() throws Exception {
        Fixture f = fixture();
        String json = given().queryParam("campaign", f.campaign).get("/api/v1/public/activities.geojson")
                .then().statusCode(200).contentType("application/geo+json")
                .body("features.find { it.id == '" + f.online + "' }.geometry", org.hamcrest.Matchers.nullValue())
                .body("features.find { it.id == '" + f.cancelled + "' }.properties.status", equalTo("cancelled"))
                .body("features.find { it.id == '" + f.lecture + "' }.geometry.type", equalTo("Point"))
                .extract().asString();
        List<Error> errors = geoJsonSchema().validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), "not valid GeoJSON: " + errors);
        // and the schema does catch a broken feature: the test can fail
        List<Error> broken = geoJsonSchema().validate(json.replaceFirst("\"Point\"", "\"Spot\""), InputFormat.JSON);
        assertTrue(!broken.isEmpty(), "a Spot geometry must be refused");
    }

    /** A map shows what the list shows: the online link (what it offers for a feature it cannot place) and the image. */
    @Test
    void theGeoJsonCarriesTheOnlineLinkAndTheImageAndStaysValid() throws Exception {
        String campaign = organicWeek();
        String link = "https://live.example.cn/room/geojson";
        Map<String, Object> online = lecture(campaign, "2022-09-21");
        online.put("type", "online");
        online.put("format", "online");
        online.put("onlineUrl", link);
        online.put("venue", new HashMap<>(Map.of("division", "320100")));
        String onlineId = publish(schedule(online));
        String pictured = schedule(lecture(campaign, "2022-09-22"));
        as("provincial-officer", "320000").contentType("image/png").body(ActivityLinkAndImageTest.png(200))
                .put("/api/v1/activities/{id}/image", pictured).then().statusCode(200);
        publish(pictured);

        String json = given().queryParam("campaign", campaign).get("/api/v1/public/activities.geojson")
                .then().statusCode(200)
                .body("features.find { it.id == '" + onlineId + "' }.properties.onlineUrl", equalTo(link))
                .body("features.find { it.id == '" + onlineId + "' }.properties", not(hasKey("image")))
                .body("features.find { it.id == '" + pictured + "' }.properties.image",
                        equalTo("/api/v1/public/activities/" + pictured + "/image"))
                .body("features.find { it.id == '" + pictured + "' }.properties", not(hasKey("onlineUrl")))
                .extract().asString();
        List<Error> errors = geoJsonSchema().validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), "not valid GeoJSON: " + errors);
        // the path a map client fetches is the image itself, to anyone
        given().get("/api/v1/public/activities/{id}/image", pictured).then().statusCode(200).contentType("image/png");
    }

    private static Schema geoJsonSchema() throws Exception {
        try (InputStream in = PublicFeedsTest.class.getResourceAsStream("/geojson/FeatureCollection.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private record Fixture(String campaign, String lecture, String online, String cancelled) {
    }

    /** A lecture with an English title and a description that tries to inject an event, an online one, a cancelled one. */
    static Fixture fixture() {
        String campaign = organicWeek();
        Map<String, Object> shown = lecture(campaign, "2022-09-20");
        shown.put("description", Map.of("zh", INJECTION, "en", "Questions answered on site"));
        String id = publish(schedule(shown));

        Map<String, Object> online = lecture(campaign, "2022-09-21");
        online.put("type", "online");
        online.put("format", "online");
        online.put("venue", new HashMap<>(Map.of("division", "320100")));
        String onlineId = publish(schedule(online));

        String cancelled = publish(schedule(lecture(campaign, "2022-09-22")));
        as("provincial-officer", "320000").body(Map.of("reason", "天气原因"))
                .post("/api/v1/activities/{id}/cancel", cancelled).then().statusCode(200);
        return new Fixture(campaign, id, onlineId, cancelled);
    }

    static String schedule(Map<String, Object> body) {
        return as("provincial-officer", "320000").body(body).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
    }

    static String publish(String id) {
        as("provincial-officer", "320000").post("/api/v1/activities/{id}/publish", id).then().statusCode(200);
        return id;
    }
}
