package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.anonymous;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.create;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.jiangsu;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.knownCampaign;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.material;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishVersion;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The materials' changes feed: what the list shows, each change once across pages while writes go on. */
@QuarkusTest
class MaterialChangesTest {

    private static final String CHANGES = "/api/v1/materials/changes";

    @Test
    void eachReaderGetsWhatItsListShows() {
        UUID campaign = knownCampaign();
        String everyone = published(campaign, "public", 1);
        String officials = published(campaign, "officials", 2);
        String draft = create(material(campaign, "poster", "post", "public"));

        // the national office's feed first: once it shows all three, the others' are final too
        assertEquals(List.of(everyone, officials, draft), readUntil(admin(), campaign, Set.of(everyone, officials, draft)));
        assertEquals(List.of(everyone, officials), readUntil(jiangsu(), campaign, Set.of(everyone, officials)));
        assertEquals(List.of(everyone), readUntil(anonymous(), campaign, Set.of(everyone)));
    }

    @Test
    void aNewFileVersionBringsTheMaterialBackOnceWhilePagesAreRead() {
        UUID campaign = knownCampaign();
        String first = published(campaign, "public", 3);
        String second = published(campaign, "public", 4);
        Map<String, Long> seen = new HashMap<>();
        List<String> served = new ArrayList<>();
        String cursor = null;
        boolean written = false;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        long firstVersion = -1;
        while (!(seen.containsKey(second) && seen.getOrDefault(first, -2L) == firstVersion)) {
            assertTrue(Instant.now().isBefore(giveUp), "not served: " + seen);
            JsonPath page = page(admin(), cursor, 1, campaign);
            record(page, seen, served);
            cursor = page.getString("next");
            if (!written && !served.isEmpty()) {
                // a write between two pages: the first material gets version 2 of its file
                publishVersion(first, upload(first, pdf(4096, 5), "2022年度报告（修订）.pdf"));
                firstVersion = admin().get("/api/v1/materials/" + first).then().extract().jsonPath().getLong("version");
                written = true;
            }
        }
        JsonPath last = admin().queryParam("after", cursor).queryParam("campaign", campaign).get(CHANGES).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), last.getList("items"));
        assertEquals(cursor, last.getString("next"));
        JsonPath current = page(anonymous(), null, 200, campaign);
        assertEquals(List.of(second, first), current.getList("items.id"));
        assertEquals(2, current.getInt("items[1].currentVersion"));
    }

    @Test
    void aForgedCursorIs400OnAfter() {
        anonymous().queryParam("after", "nonsense").get(CHANGES).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
    }

    private static JsonPath page(RequestSpecification auth, String after, int limit, UUID campaign) {
        RequestSpecification request = auth.queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (campaign != null) {
            request.queryParam("campaign", campaign);
        }
        return request.get(CHANGES).then().statusCode(200).extract().jsonPath();
    }

    private static void record(JsonPath page, Map<String, Long> seen, List<String> served) {
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            String key = item.get("id") + "@" + item.get("version");
            assertFalse(served.contains(key), "served twice: " + key);
            served.add(key);
            Long before = seen.put((String) item.get("id"), ((Number) item.get("version")).longValue());
            assertTrue(before == null || before < seen.get(item.get("id")));
        }
    }

    /**
     * The ids a caller reads from a campaign's feed, in commit order, once it shows the expected ones: a change is
     * served once every transaction older than it has ended (in any database of the server), which may take a moment.
     */
    private static List<String> readUntil(RequestSpecification auth, UUID campaign, Set<String> expected) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonPath page = page(auth, null, 200, campaign);
            assertFalse(page.getBoolean("more"));
            List<String> ids = page.getList("items.id");
            if (ids.containsAll(expected) || Instant.now().isAfter(giveUp)) {
                return ids;
            }
        }
    }

    /** A published annual report of the campaign with a file as version 1, current. */
    private static String published(UUID campaign, String access, long seed) {
        String id = create(material(campaign, "annual-report", "both", access));
        publishVersion(id, upload(id, pdf(2048, seed), "2022年度报告.pdf"));
        MaterialFixtures.publish(id);
        return id;
    }
}
