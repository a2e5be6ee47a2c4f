package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.greenWeek;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.experienceWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static cn.gov.samr.campaigns.event.rest.LaunchCeremonyFixtures.PATH;
import static cn.gov.samr.campaigns.event.rest.LaunchCeremonyFixtures.asNationalAdminIfMatch;
import static cn.gov.samr.campaigns.event.rest.LaunchCeremonyFixtures.launchInNanjing;
import static cn.gov.samr.campaigns.event.rest.LaunchCeremonyFixtures.place;
import static cn.gov.samr.campaigns.event.rest.LaunchCeremonyFixtures.plan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Launch ceremonies (启动仪式) as records of their own: shared by campaigns, planned, then held (issue 11, point 1). */
@QuarkusTest
class LaunchCeremonyResourceTest {

    @Test
    void aLaunchSharedByThreeCampaignsIsPlannedInACityThenHeldOnline() {
        String organic = organicWeek();
        String green = greenWeek();
        String experience = createPublished(experienceWeek2022());
        String id = asNationalAdmin().body(launchInNanjing("2022-09-19", organic, green, experience)).post(PATH)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(PATH + "/"))
                .body("campaigns", containsInAnyOrder(organic, green, experience))
                .body("outcome", equalTo("planned"))
                .body("place.division", equalTo("320100"))
                .body("$", not(hasKey("held")))
                .extract().path("id");
        for (String campaign : List.of(organic, green, experience)) {
            as("partner", null).get("/api/v1/campaigns/{id}", campaign).then().statusCode(200)
                    .body("launchCeremonies.id", contains(id))
                    .body("launchCeremonies[0].division", equalTo("320100"))
                    .body("launchCeremonies[0].outcome", equalTo("planned"));
        }

        asNationalAdminIfMatch(id).body(Map.of("outcome", "online", "link", "https://live.samr.gov.cn/2022/launch"))
                .put(PATH + "/{id}/outcome", id)
                .then().statusCode(200)
                .body("outcome", equalTo("online"))
                .body("held.date", equalTo("2022-09-19"))
                .body("held.link", equalTo("https://live.samr.gov.cn/2022/launch"))
                .body("held", not(hasKey("place")))
                .body("place.division", equalTo("320100")); // the plan stays as it was
        for (String campaign : List.of(organic, green, experience)) {
            asNationalAdmin().get("/api/v1/campaigns/{id}", campaign).then()
                    .body("launchCeremonies[0].outcome", equalTo("online"))
                    .body("launchCeremonies[0]", not(hasKey("division")));
        }
    }

    @Test
    void aListOfCampaignsShowsEachOnesLaunches() {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            Map<String, Object> body = organicWeek2022();
            body.put("window", Map.of("start", "2037-09-1" + (4 + i), "end", "2037-09-1" + (8 + i)));
            body.put("reportingDeadline", "2037-10-16");
            ids[i] = createPublished(body);
        }
        String shared = plan(launchInNanjing("2037-09-14", ids[0], ids[1]));
        String second = plan(launchInNanjing("2037-09-15", ids[1]));
        asNationalAdmin().queryParam("year", 2037).get("/api/v1/campaigns").then().statusCode(200)
                .body("items.find { it.id == '" + ids[0] + "' }.launchCeremonies.id", contains(shared))
                .body("items.find { it.id == '" + ids[1] + "' }.launchCeremonies.id", contains(shared, second));
    }

    @Test
    void aLaunchTenDaysBeforeItsWindowIsAcceptedThirtyOneDaysBeforeIsNot() {
        String green = greenWeek(); // 26 to 30 September 2022
        asNationalAdmin().body(launchInNanjing("2022-09-16", green)).post(PATH).then().statusCode(201)
                .body("date", equalTo("2022-09-16"));

        asNationalAdmin().body(launchInNanjing("2022-08-26", green)).post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("date"))
                .body("errors[0].message", equalTo("must be no more than 30 days before the window of campaign "
                        + green + " starts (2022-09-26): 2022-08-27 at the earliest"));
        asNationalAdmin().body(launchInNanjing("2022-10-01", green)).post(PATH).then().statusCode(400)
                .body("errors[0].message", equalTo("must not be after the window of campaign " + green
                        + " ends (2022-09-30)"));
    }

    @Test
    void theDayFitsEveryCampaignItLaunches() {
        String organic = organicWeek(); // ends 23 September
        String green = greenWeek(); // starts 26 September
        asNationalAdmin().body(launchInNanjing("2022-09-26", organic, green)).post(PATH).then().statusCode(400)
                .body("errors.field", contains("date"))
                .body("errors[0].message", startsWith("must not be after the window of campaign " + organic));
    }

    @Test
    void anUnknownPlaceOrCampaignIsNamed() {
        String organic = organicWeek();
        Map<String, Object> body = launchInNanjing("2022-09-19", organic);
        body.put("place", place("999999", "不存在的地方"));
        asNationalAdmin().body(body).post(PATH).then().statusCode(400)
                .body("errors.field", contains("place.division"))
                .body("errors[0].message", equalTo("no division has the code 999999"));

        body.put("place", place("320583001", "昆山市玉山镇")); // a township: below county level
        asNationalAdmin().body(body).post(PATH).then().statusCode(400)
                .body("errors.field", contains("place.division"));

        body = launchInNanjing("2022-09-19", organic, "00000000-0000-0000-0000-000000000000");
        asNationalAdmin().body(body).post(PATH).then().statusCode(400)
                .body("errors.field", contains("campaigns[1]"))
                .body("errors[0].message", equalTo("no such campaign"));
    }

    @Test
    void aCountyLevelCityIsAPlace() {
        String organic = organicWeek();
        Map<String, Object> body = launchInNanjing("2022-09-20", organic);
        body.put("place", place("320583", "昆山市文化艺术中心")); // 昆山市, a county-level city under 苏州
        asNationalAdmin().body(body).post(PATH).then().statusCode(201).body("place.division", equalTo("320583"));
    }

    @Test
    void aLaunchMovedToAnotherCityAndDayShowsWhereItWasHeld() {
        String green = greenWeek();
        String id = plan(launchInNanjing("2022-09-26", green));
        asNationalAdminIfMatch(id).body(Map.of("outcome", "moved")).put(PATH + "/{id}/outcome", id)
                .then().statusCode(400).body("errors.field", contains("outcome"));
        asNationalAdminIfMatch(id).body(Map.of("outcome", "moved", "date", "2022-09-27",
                "place", place("330500", "湖州市会议中心"))).put(PATH + "/{id}/outcome", id)
                .then().statusCode(200)
                .body("held.place.division", equalTo("330500"))
                .body("held.date", equalTo("2022-09-27"));
        asNationalAdmin().get("/api/v1/campaigns/{id}", green).then()
                .body("launchCeremonies[0].division", equalTo("330500"))
                .body("launchCeremonies[0].date", equalTo("2022-09-27"))
                .body("launchCeremonies[0].outcome", equalTo("moved"));
    }

    @Test
    void eachOutcomeTakesItsOwnFields() {
        String organic = organicWeek();
        String id = plan(launchInNanjing("2022-09-19", organic));
        asNationalAdminIfMatch(id).body(Map.of("outcome", "hybrid")).put(PATH + "/{id}/outcome", id)
                .then().statusCode(400).body("errors.field", contains("link"));
        asNationalAdminIfMatch(id).body(Map.of("outcome", "online", "link", "http://insecure.example.cn"))
                .put(PATH + "/{id}/outcome", id)
                .then().statusCode(400).body("errors.field", contains("link"));
        asNationalAdminIfMatch(id).body(Map.of("outcome", "cancelled")).put(PATH + "/{id}/outcome", id)
                .then().statusCode(400).body("errors.field", contains("reason"));
        asNationalAdminIfMatch(id).body(Map.of("outcome", "held", "link", "https://live.samr.gov.cn/x"))
                .put(PATH + "/{id}/outcome", id)
                .then().statusCode(400).body("errors.field", contains("link"));
        asNationalAdminIfMatch(id).body(Map.of("outcome", "tea-party")).put(PATH + "/{id}/outcome", id)
                .then().statusCode(400).body("errors.field", contains("outcome"));
        asNationalAdmin().body(Map.of("outcome", "held")).put(PATH + "/{id}/outcome", id)
                .then().statusCode(428);
        asNationalAdminIfMatch(id).body(Map.of("outcome", "held")).put(PATH + "/{id}/outcome", id)
                .then().statusCode(200)
                .body("held.date", equalTo("2022-09-19"))
                .body("held.place.division", equalTo("320100"));
    }

    @Test
    void aSecondLaunchOfACampaignIsAWarningAndCancelledOnesAreNotCounted() {
        String organic = organicWeek();
        String first = plan(launchInNanjing("2022-09-19", organic));
        Map<String, Object> second = launchInNanjing("2022-09-20", organic);
        second.put("place", place("330500", "湖州"));
        String secondId = asNationalAdmin().body(second).post(PATH).then().statusCode(201)
                .body("warnings.field", contains("campaigns"))
                .body("warnings[0].message", startsWith("campaign " + organic + " already has a launch ceremony: "
                        + first))
                .extract().path("id");
        assertEquals(2, launchCount(organic));

        asNationalAdminIfMatch(secondId).body(Map.of("outcome", "cancelled", "reason", "疫情防控需要"))
                .put(PATH + "/{id}/outcome", secondId).then().statusCode(200)
                .body("cancellationReason", equalTo("疫情防控需要"));
        assertEquals(1, launchCount(organic)); // counted once nationally, cancelled ones left out
    }

    @Test
    void aNationalLaunchIsNeverInTheHostProvincesActivities() {
        String organic = organicWeek();
        plan(launchInNanjing("2022-09-19", organic));
        as("provincial-officer", "320000").queryParam("campaign", organic).get("/api/v1/activities")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void changingThePlanNeedsTheCurrentVersionAndKeepsTheRules() {
        String organic = organicWeek();
        String id = plan(launchInNanjing("2022-09-19", organic));
        Map<String, Object> changed = launchInNanjing("2022-09-21", organic);
        changed.put("startTime", "09:30");
        asNationalAdmin().body(changed).put(PATH + "/{id}", id).then().statusCode(428);
        asNationalAdmin().header("If-Match", "\"999\"").body(changed).put(PATH + "/{id}", id).then().statusCode(412);
        asNationalAdminIfMatch(id).body(changed).put(PATH + "/{id}", id).then().statusCode(200)
                .body("date", equalTo("2022-09-21"))
                .body("startTime", equalTo("09:30"));
        changed.put("date", "2022-10-21");
        asNationalAdminIfMatch(id).body(changed).put(PATH + "/{id}", id).then().statusCode(400)
                .body("errors.field", contains("date"));
        asNationalAdmin().get(PATH + "/{id}", "00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void onlyTheNationalOfficeWrites() {
        String organic = organicWeek();
        given().contentType(ContentType.JSON).body(launchInNanjing("2022-09-19", organic)).post(PATH)
                .then().statusCode(401);
        as("provincial-officer", "320000").body(launchInNanjing("2022-09-19", organic)).post(PATH)
                .then().statusCode(403);
        String id = plan(launchInNanjing("2022-09-19", organic));
        as("provincial-officer", "320000").header("If-Match", "*").body(Map.of("outcome", "held"))
                .put(PATH + "/{id}/outcome", id).then().statusCode(403);
        as("provincial-officer", "320000").get(PATH + "/{id}", id).then().statusCode(200);
    }

    @Test
    void aLaunchOfDraftsIsSeenOnlyByTheNationalOffice() {
        String draft = createDraft(organicWeek2022());
        String id = plan(launchInNanjing("2022-09-19", draft));
        asNationalAdmin().get(PATH + "/{id}", id).then().statusCode(200).body("campaigns", contains(draft));
        as("partner", null).get(PATH + "/{id}", id).then().statusCode(404);
        as("partner", null).queryParam("campaign", draft).get(PATH).then().statusCode(200).body("items", hasSize(0));
        given().queryParam("campaign", draft).get("/api/v1/public/launch-ceremonies").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void thePublicListAndFeedsShowLaunchesOfPublishedCampaigns() throws Exception {
        String organic = organicWeek();
        Map<String, Object> body = launchInNanjing("2022-09-19", organic);
        body.put("place", Map.of("division", "320102", "address", "南京国际博览中心", "latitude", 32.04,
                "longitude", 118.78));
        body.put("startTime", "09:30");
        String id = plan(body);

        given().queryParam("campaign", organic).get("/api/v1/public/launch-ceremonies").then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].place.division", equalTo("320102"))
                .body("items[0].outcome", equalTo("planned"))
                .body("items[0].startTime", equalTo("09:30"));
        given().queryParam("from", "2022-09-20").queryParam("campaign", organic)
                .get("/api/v1/public/launch-ceremonies").then().body("items", hasSize(0));

        String ics = given().queryParam("campaign", organic).get("/api/v1/public/activities.ics")
                .then().statusCode(200).extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        VEvent launch = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .equals("launch-ceremony-" + id + "@certification-campaigns.samr.gov.cn")).findFirst().orElseThrow();
        assertEquals("20220919T013000Z", launch.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("launch-ceremony", launch.getProperty(Property.CATEGORIES).orElseThrow().getValue());
        assertEquals("全国认证宣传周启动仪式", launch.getProperty(Property.SUMMARY).orElseThrow().getValue());

        JsonPath geo = given().queryParam("campaign", organic).get("/api/v1/public/activities.geojson")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> feature = geo.getMap("features.find { it.id == 'launch-ceremony-" + id + "' }");
        assertEquals(List.of(118.78f, 32.04f), ((Map<?, ?>) feature.get("geometry")).get("coordinates"));
        assertEquals("launch-ceremony", ((Map<?, ?>) feature.get("properties")).get("kind"));
        given().queryParam("campaign", organic).queryParam("type", "knowledge-lecture")
                .get("/api/v1/public/activities.geojson").then().body("features.id", not(hasItem("launch-ceremony-" + id)));

        asNationalAdminIfMatch(id).body(Map.of("outcome", "cancelled", "reason", "天气原因"))
                .put(PATH + "/{id}/outcome", id).then().statusCode(200);
        String cancelled = given().queryParam("campaign", organic).get("/api/v1/public/activities.ics").asString();
        VEvent event = new CalendarBuilder().build(new StringReader(cancelled)).<VEvent>getComponents(Component.VEVENT)
                .stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith("launch-ceremony-"))
                .findFirst().orElseThrow();
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
    }

    @Test
    void anAllDayLaunchIsADateInTheCalendar() throws Exception {
        String organic = organicWeek();
        String id = plan(launchInNanjing("2022-09-19", organic));
        String ics = given().queryParam("campaign", organic).get("/api/v1/public/activities.ics").asString();
        VEvent launch = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT)
                .stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().contains(id))
                .findFirst().orElseThrow();
        assertEquals("20220919", launch.getProperty(Property.DTSTART).orElseThrow().getValue());
        given().queryParam("campaign", organic).get("/api/v1/public/launch-ceremonies").then()
                .body("items[0]", not(hasKey("startTime")))
                .body("items[0].link", nullValue());
    }

    @Test
    void rollOverLeavesTheLaunchEmpty() {
        String organic = organicWeek();
        plan(launchInNanjing("2022-09-19", organic));
        asNationalAdmin().post("/api/v1/campaigns/{id}/roll-over", organic).then().statusCode(201)
                .body("launchCeremonies", hasSize(0));
        asNationalAdmin().get("/api/v1/campaigns/{id}", organic).then().body("launchCeremonies", hasSize(1));
    }

    private static int launchCount(String campaign) {
        return asNationalAdmin().get("/api/v1/admin/tallies").then().statusCode(200).extract().jsonPath()
                .getInt("campaigns.find { it.campaignId == '" + campaign + "' }.launchCeremonies");
    }
}
