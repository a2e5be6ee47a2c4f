package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createPublished;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.etag;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Issue 11, point 6: the XPCC's regiment farms as data, divisions with validity, a newer list loaded. */
@QuarkusTest
class PlacesThatChangeTest {

    /** 兵团六十一团: a township of 霍尔果斯市 (Ili, Xinjiang) that the XPCC's 4th division, 可克达拉市, runs. */
    private static final String REGIMENT_FARM = "654004505";

    private static final String RETIRED = "623027";   // 夏河县, retired by the release below
    private static final String SUCCESSOR = "623002"; // 夏河市, its successor in the release

    private static RequestSpecification officer(String division) {
        return as(CampaignFixtures.PROVINCIAL_OFFICER, division);
    }

    private static Map<String, Object> at(Map<String, Object> activity, String division) {
        activity.put("venue", Map.of("division", division, "address", "团部文化广场"));
        return activity;
    }

    @Test
    void anXpccOfficerSchedulesAtARegimentFarmInsideAXinjiangPrefecture() {
        String campaign = createPublished(organicWeek2022());
        officer("660000").body(at(lecture(campaign, "2022-09-20"), REGIMENT_FARM)).post("/api/v1/activities")
                .then().statusCode(201)
                .body("venue.division", equalTo(REGIMENT_FARM))
                .body("provincialUnit", equalTo("660000"));
        // The 4th division's city runs the farm, though the farm lies in 霍尔果斯市.
        as("local-officer", "659008").body(at(lecture(campaign, "2022-09-21"), REGIMENT_FARM))
                .post("/api/v1/activities").then().statusCode(201);
    }

    @Test
    void xinjiangOfficersAreRefusedAtTheXpccsPlaces() {
        String campaign = createPublished(organicWeek2022());
        officer("650000").body(at(lecture(campaign, "2022-09-20"), REGIMENT_FARM)).post("/api/v1/activities")
                .then().statusCode(403);
        as("local-officer", "654004").body(at(lecture(campaign, "2022-09-20"), REGIMENT_FARM))
                .post("/api/v1/activities").then().statusCode(403);
        // 石河子市: GB/T 2260 files it under Xinjiang's 659000; it reports through the XPCC.
        officer("650000").body(at(lecture(campaign, "2022-09-20"), "659001")).post("/api/v1/activities")
                .then().statusCode(403);
        officer("660000").body(at(lecture(campaign, "2022-09-20"), "659001")).post("/api/v1/activities")
                .then().statusCode(201);
        officer("650000").body(at(lecture(campaign, "2022-09-20"), "654004")).post("/api/v1/activities")
                .then().statusCode(201);
    }

    @Test
    void aDivisionAnswersWithItsNamesParentAndWhoRunsIt() {
        given().get("/api/v1/divisions/{code}", "654023").then().statusCode(200)
                .body("division.name.zh", equalTo("霍城县"))
                .body("division.name.en", equalTo("Huocheng County"))
                .body("division.level", equalTo("county"))
                .body("division.parentCode", equalTo("654000"))
                .body("division.provincialUnit", equalTo("650000"))
                .body("division.validTo", nullValue())
                .body("division.successors", org.hamcrest.Matchers.empty());
        given().get("/api/v1/divisions/{code}", REGIMENT_FARM).then().statusCode(200)
                .body("division.name.zh", equalTo("兵团六十一团"))
                .body("division.name.en", equalTo("XPCC 61st Regiment"))
                .body("division.level", equalTo("township"))
                .body("division.parentCode", equalTo("654004"))
                .body("division.administeredBy", equalTo("659008"))
                .body("division.provincialUnit", equalTo("660000"));
        given().get("/api/v1/divisions/{code}", "999999").then().statusCode(404);
        given().get("/api/v1/divisions/{code}", "abc").then().statusCode(404);
    }

    @Test
    void everyDivisionHasAnEnglishName() {
        given().queryParam("level", "county").get("/api/v1/divisions").then().statusCode(200)
                .body("name.en", everyItem(notNullValue()))
                .body("find { it.code == '320102' }.name.en", equalTo("Xuanwu District"));
        given().queryParam("within", "660000").queryParam("level", "township").get("/api/v1/divisions")
                .then().statusCode(200)
                .body("code", hasItem(REGIMENT_FARM))
                .body("name.en", everyItem(notNullValue()));
        given().queryParam("within", "650000").get("/api/v1/divisions").then().statusCode(200)
                .body("code", not(hasItem("659001")))
                .body("code", not(hasItem(REGIMENT_FARM)));
    }

    /**
     * One release (a run's database is fresh, and releases only move forward, so one test holds the whole story):
     * 夏河县 becomes 夏河市 with a new code from 2027-01-01.
     */
    @Test
    void aNewerListRetiresACodeAndWhatUsedItStillResolves() {
        Map<String, Object> week = organicWeek2022();
        week.put("name", Map.of("zh", "2027年全国有机产品认证宣传周"));
        week.put("window", Map.of("start", "2027-09-20", "end", "2027-09-24"));
        week.put("reportingDeadline", "2027-10-15");
        String campaign = createPublished(week);
        String id = officer("620000").body(at(lecture(campaign, "2027-09-21"), RETIRED)).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");

        String list = currentList(RETIRED) + SUCCESSOR + ",夏河市,623000," + RETIRED + "\n";
        officer("620000").contentType("text/csv; charset=UTF-8").queryParam("effective", "2027-01-01").body(list)
                .post("/api/v1/admin/divisions/releases").then().statusCode(403);
        asNationalAdmin().contentType("text/csv; charset=UTF-8").queryParam("effective", "2027-01-01").queryParam("dryRun", true)
                .body(list).post("/api/v1/admin/divisions/releases").then().statusCode(200)
                .body("added", equalTo(1)).body("retired", equalTo(1));
        given().get("/api/v1/divisions/{code}", SUCCESSOR).then().statusCode(404);
        asNationalAdmin().contentType("text/csv; charset=UTF-8").queryParam("effective", "2027-01-01")
                .queryParam("source", "test: 夏河县 → 夏河市").body(list)
                .post("/api/v1/admin/divisions/releases").then().statusCode(200)
                .body("added", equalTo(1)).body("retired", equalTo(1)).body("renamed", equalTo(0))
                .body("successions", equalTo(1))
                .body("addedCodes", contains(SUCCESSOR)).body("retiredCodes", contains(RETIRED));

        given().get("/api/v1/divisions/{code}", RETIRED).then().statusCode(200)
                .body("division.name.zh", equalTo("夏河县"))
                .body("division.validTo", equalTo("2027-01-01"))
                .body("division.successors", contains(SUCCESSOR));
        given().get("/api/v1/divisions/{code}", SUCCESSOR).then().statusCode(200)
                .body("division.validFrom", equalTo("2027-01-01"))
                .body("division.level", equalTo("county"))
                .body("division.provincialUnit", equalTo("620000"))
                .body("division.predecessors", contains(RETIRED));
        // Listings by day: today the old code is still current; from the release's date the new one.
        given().queryParam("parent", "623000").queryParam("asOf", "2027-06-01").get("/api/v1/divisions")
                .then().body("code", hasItem(SUCCESSOR)).body("code", not(hasItem(RETIRED)));
        given().queryParam("parent", "623000").queryParam("includeRetired", true).get("/api/v1/divisions")
                .then().body("code", hasItems(SUCCESSOR, RETIRED));

        // The activity keeps its code: it is read, listed within its city and province, and its officer changes it.
        officer("620000").get("/api/v1/activities/{id}", id).then().statusCode(200)
                .body("venue.division", equalTo(RETIRED));
        for (String within : List.of("623000", "620000", RETIRED)) {
            officer("620000").queryParam("campaign", campaign).queryParam("within", within).get("/api/v1/activities")
                    .then().statusCode(200).body("items.id", contains(id));
        }
        Map<String, Object> changed = at(lecture(campaign, "2027-09-22"), RETIRED);
        officer("620000").header("If-Match", etag("/api/v1/activities/{id}", id)).body(changed)
                .put("/api/v1/activities/{id}", id).then().statusCode(200).body("venue.division", equalTo(RETIRED));

        // New plans need a current code.
        officer("620000").body(at(lecture(campaign, "2027-09-21"), RETIRED)).post("/api/v1/activities")
                .then().statusCode(400)
                .body("errors.field", contains("venue.division"))
                .body("errors[0].message", containsString("not a current division code"));
        officer("620000").body(at(lecture(campaign, "2027-09-21"), SUCCESSOR)).post("/api/v1/activities")
                .then().statusCode(201);
        Map<String, Object> launch = LaunchCeremonyFixtures.launchInNanjing("2027-09-20", campaign);
        launch.put("place", LaunchCeremonyFixtures.place(RETIRED, "夏河县"));
        asNationalAdmin().body(launch).post(LaunchCeremonyFixtures.PATH).then().statusCode(400)
                .body("errors.find { it.field == 'place.division' }.message", containsString("not a current division code"));
        launch.put("place", LaunchCeremonyFixtures.place(SUCCESSOR, "夏河市"));
        asNationalAdmin().body(launch).post(LaunchCeremonyFixtures.PATH).then().statusCode(201);

        // History only grows: the same date again is refused, and so is a retired code in a later list.
        asNationalAdmin().contentType("text/csv; charset=UTF-8").queryParam("effective", "2027-01-01").body(list)
                .post("/api/v1/admin/divisions/releases").then().statusCode(400)
                .body("errors.field", hasItem("effective"));
        asNationalAdmin().contentType("text/csv; charset=UTF-8").queryParam("effective", "2028-01-01")
                .body(list + RETIRED + ",夏河县,623000,\n")
                .post("/api/v1/admin/divisions/releases").then().statusCode(400)
                .body("errors.message", hasItem(containsString("never reused")));
    }

    @Test
    void aBadListNamesItsRowsAndFields() {
        asNationalAdmin().contentType("text/csv; charset=UTF-8").queryParam("effective", "2030-01-01")
                .body("code,name,parent\n12345,x,320000\n320199,,320100\n")
                .post("/api/v1/admin/divisions/releases").then().statusCode(400)
                .body("errors.field", hasItems("rows[2].code", "rows[3].name"));
        asNationalAdmin().contentType("text/csv; charset=UTF-8").queryParam("effective", "2030-01-01")
                .body("code,name\n320000,江苏省\n")
                .post("/api/v1/admin/divisions/releases").then().statusCode(400)
                .body("errors.field", hasItem("body"));
        // A part of the list would retire most of the country: refused, nothing written.
        asNationalAdmin().contentType("text/csv; charset=UTF-8").queryParam("effective", "2030-01-01")
                .body("code,name,parent\n320000,江苏省,\n320100,南京市,320000\n")
                .post("/api/v1/admin/divisions/releases").then().statusCode(400)
                .body("errors.message", hasItem(containsString("whole")));
        given().get("/api/v1/divisions/{code}", "330500").then().body("division.validTo", nullValue());
    }

    /** The current six-digit list as an official file would give it, less one code. */
    private static String currentList(String without) {
        List<Map<String, Object>> all = given().queryParam("includeRetired", false).get("/api/v1/divisions")
                .then().statusCode(200).extract().path("$");
        return "code,name,parent,replaces\n" + all.stream()
                .filter(d -> ((String) d.get("code")).length() == 6 && !without.equals(d.get("code")))
                .map(d -> {
                    Map<String, Object> name = new HashMap<>(castMap(d.get("name")));
                    Object parent = d.get("parentCode");
                    return d.get("code") + "," + name.get("zh") + "," + (parent == null ? "" : parent) + ",";
                })
                .collect(Collectors.joining("\n")) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
