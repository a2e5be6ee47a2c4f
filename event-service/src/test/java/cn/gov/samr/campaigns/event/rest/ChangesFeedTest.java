package cn.gov.samr.campaigns.event.rest;

import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.lecture;
import static cn.gov.samr.campaigns.event.rest.ActivityFixtures.organicWeek;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.as;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.asNationalAdmin;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.createDraft;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.etag;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.experienceWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.organicWeek2022;
import static cn.gov.samr.campaigns.event.rest.CampaignFixtures.slot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.rest.Cursor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Changes feeds: every change once, in commit order, while writers commit in interleaved order, one of them holding
 * its transaction open while later ones commit (a feed keyed by time or id would skip its row).
 */
@QuarkusTest
class ChangesFeedTest {

    private static final String CHANGES = "/api/v1/activities/changes";

    @Inject
    DataSource db;

    /** A reader of one feed that remembers every (id, version) it was served and fails on a repeat. */
    private static final class Reader {
        final String path;
        final Map<String, Object> query;
        final RequestSpecification auth;
        String cursor;
        final List<String> served = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Long> lastVersion = new HashMap<>();

        Reader(RequestSpecification auth, String path, Map<String, Object> query) {
            this.auth = auth;
            this.path = path;
            this.query = query;
        }

        /** One page; returns whether more wait. */
        boolean page(int limit) {
            RequestSpecification request = given().spec(auth).queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(items.size() <= limit);
            for (Map<String, Object> item : items) {
                String id = (String) item.get("id");
                // the public feed's items carry no version: it is then never repeated while nothing changes
                long version = item.get("version") == null ? 0 : ((Number) item.get("version")).longValue();
                String key = id + "@" + version;
                assertFalse(served.contains(key), "served twice: " + key);
                Long before = lastVersion.put(id, version);
                assertTrue(before == null || before < version || version == 0,
                        id + " went from version " + before + " to " + version);
                served.add(key);
            }
            String next = page.getString("next");
            assertNotNull(next, "a changes page always has next");
            cursor = next;
            return page.getBoolean("more");
        }

        void drain(int limit) {
            while (page(limit)) {
                // the next page at once
            }
        }

        /** Reads until every expected (id, version) was served; other helpers' long transactions only delay it. */
        void readUntil(Set<String> expected, int limit) {
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
            while (!served.containsAll(expected)) {
                if (Instant.now().isAfter(giveUp)) {
                    Set<String> missing = new HashSet<>(expected);
                    missing.removeAll(served);
                    fail("never served: " + missing);
                }
                drain(limit);
            }
        }
    }

    @Test
    void everyChangeOnceWhileWritersCommitOutOfOrder() throws Exception {
        String campaign = organicWeek();
        Reader reader = new Reader(asNationalAdmin(), CHANGES, Map.of("campaign", campaign));
        reader.drain(50);
        Map<String, Long> finalVersions = new ConcurrentHashMap<>();

        // the held transaction: an activity changed by a transaction that takes its id now and commits last
        String held = scheduled(campaign, "2022-09-19", finalVersions);
        reader.readUntil(Set.of(held + "@" + finalVersions.get(held)), 5);
        try (Connection tx = db.getConnection()) {
            tx.setAutoCommit(false);
            try (PreparedStatement update = tx.prepareStatement(
                    "update activity set title_zh = '改期的讲座', version = version + 1 where id = ?")) {
                update.setObject(1, UUID.fromString(held));
                assertEquals(1, update.executeUpdate());
            }
            finalVersions.put(held, finalVersions.get(held) + 1);

            // writers commit while it is open, the reader reading between their commits
            ExecutorService writers = Executors.newFixedThreadPool(3);
            Set<String> committedMeanwhile = ConcurrentHashMap.newKeySet();
            Set<String> published = ConcurrentHashMap.newKeySet();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int day = 19 + w;
                running.add(writers.submit(() -> {
                    for (int i = 0; i < 4; i++) {
                        String id = scheduled(campaign, "2022-09-" + day, finalVersions);
                        committedMeanwhile.add(id);
                        if (i % 2 == 0) {
                            publish(id, finalVersions);
                            published.add(id);
                        }
                    }
                    return null;
                }));
            }
            while (running.stream().anyMatch(f -> !f.isDone())) {
                reader.page(3);
            }
            for (Future<?> f : running) {
                f.get();
            }
            reader.drain(3);
            // nothing written after the held transaction took its id is served while it is open: the feed waits
            for (String id : committedMeanwhile) {
                assertTrue(reader.served.stream().noneMatch(s -> s.startsWith(id)), id + " served before " + held);
            }
            assertFalse(reader.served.contains(held + "@" + finalVersions.get(held)));
            tx.commit();

            // more writers, with the reader running, then everything once
            running.clear();
            List<String> planned = committedMeanwhile.stream().filter(id -> !published.contains(id)).toList();
            for (int w = 0; w < 3; w++) {
                List<String> mine = planned.subList(w * 2, w * 2 + 2);
                running.add(writers.submit(() -> {
                    for (String id : mine) {
                        publish(id, finalVersions);
                    }
                    scheduled(campaign, "2022-09-22", finalVersions);
                    return null;
                }));
            }
            while (running.stream().anyMatch(f -> !f.isDone())) {
                reader.page(4);
            }
            for (Future<?> f : running) {
                f.get();
            }
            writers.shutdown();
        }
        Set<String> expected = new HashSet<>();
        finalVersions.forEach((id, version) -> expected.add(id + "@" + version));
        reader.readUntil(expected, 4);
        assertEquals(finalVersions.keySet(), reader.lastVersion.keySet());
        // a second reader from the beginning gets each object once, as it is now, in one pass
        Reader again = new Reader(asNationalAdmin(), CHANGES, Map.of("campaign", campaign));
        again.readUntil(expected, 200);
        assertEquals(expected, new HashSet<>(again.served));
    }

    @Test
    void aChangeOfAnActivitysCollectionsAloneBringsItBack() {
        String campaign = organicWeek();
        Map<String, Long> versions = new HashMap<>();
        String id = scheduled(campaign, "2022-09-20", versions);
        Reader reader = new Reader(asNationalAdmin(), CHANGES, Map.of("campaign", campaign));
        reader.readUntil(Set.of(id + "@" + versions.get(id)), 50);

        Map<String, Object> body = lecture(campaign, "2022-09-20");
        body.put("settings", List.of("communities", "schools"));
        long version = asNationalAdmin().header("If-Match", etag("/api/v1/activities/{id}", id)).body(body)
                .put("/api/v1/activities/{id}", id).then().statusCode(200).extract().jsonPath().getLong("version");
        assertEquals(versions.get(id) + 1, version);
        reader.readUntil(Set.of(id + "@" + version), 50);

        // a campaign's host slots (rows of their own) bring the campaign back too
        String week = createDraft(experienceWeek2022());
        Reader campaigns = new Reader(asNationalAdmin(), "/api/v1/campaigns/changes", Map.of());
        long draft = asNationalAdmin().get("/api/v1/campaigns/{id}", week).then().extract().jsonPath().getLong("version");
        campaigns.readUntil(Set.of(week + "@" + draft), 200);
        long slotted = asNationalAdmin().header("If-Match", etag("/api/v1/campaigns/{id}", week))
                .body(Map.of("slots", List.of(slot("320000", "2022-09-05", "2022-09-09", "养老服务认证"))))
                .put("/api/v1/campaigns/{id}/host-slots", week).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        assertTrue(slotted > draft);
        campaigns.readUntil(Set.of(week + "@" + slotted), 200);
    }

    @Test
    void eachFeedShowsWhatItsListShows() {
        String campaign = organicWeek();
        Map<String, Long> versions = new HashMap<>();
        String announced = scheduled(campaign, "2022-09-21", versions);
        publish(announced, versions);
        String planned = scheduled(campaign, "2022-09-21", versions);
        Map<String, Object> internal = lecture(campaign, "2022-09-21");
        internal.put("visibility", "internal");
        String internalId = asNationalAdmin().body(internal).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
        publish(internalId, versions);

        // the public feed: announced public ones only, never a contact
        Reader anonymous = new Reader(given(), "/api/v1/public/activities/changes", Map.of("campaign", campaign));
        anonymous.drain(200);
        JsonPath page = given().queryParam("campaign", campaign).queryParam("limit", 200)
                .get("/api/v1/public/activities/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(announced), page.getList("items.id"));
        assertTrue(page.getList("items.contact").stream().allMatch(c -> c == null));

        // a partner sees the announced one; Jiangsu's officer all three (its province); Zhejiang's only the public one
        assertEquals(Set.of(announced), ids(as("partner", null), campaign));
        assertEquals(Set.of(announced, planned, internalId), ids(as("provincial-officer", "320000"), campaign));
        assertEquals(Set.of(announced), ids(as("provincial-officer", "330000"), campaign));

        // cancelling the announced one brings it back to the public feed, cancelled
        asNationalAdmin().body(Map.of("reason", "场地维修")).post("/api/v1/activities/{id}/cancel", announced).then()
                .statusCode(200);
        JsonPath after = given().queryParam("campaign", campaign).queryParam("after", anonymous.cursor)
                .get("/api/v1/public/activities/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(announced), after.getList("items.id"));
        assertEquals("cancelled", after.getString("items[0].status"));

        // drafts of campaigns: the national office only
        String draft = createDraft(organicWeek2022());
        assertFalse(campaignIds(as("partner", null)).contains(draft));
        assertTrue(campaignIds(asNationalAdmin()).contains(draft));
    }

    @Test
    void aForgedCursorIs400OnAfterAndAnEmptyFeedKeepsItsCursor() {
        for (String forged : List.of("nonsense", Cursor.encode("-1", UUID.randomUUID().toString()),
                Cursor.encode("12", "not-a-uuid"), Cursor.encode("99999999999999999999", UUID.randomUUID().toString()))) {
            asNationalAdmin().queryParam("after", forged).get(CHANGES).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        }
        String campaign = organicWeek();
        JsonPath empty = asNationalAdmin().queryParam("campaign", campaign).get(CHANGES).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), empty.getList("items"));
        assertFalse(empty.getBoolean("more"));
        String cursor = empty.getString("next");
        asNationalAdmin().queryParam("campaign", campaign).queryParam("after", cursor).get(CHANGES).then()
                .statusCode(200).body("next", equalTo(cursor));
        given().get(CHANGES).then().statusCode(401);
    }

    private static Set<String> ids(RequestSpecification auth, String campaign) {
        Reader reader = new Reader(auth, CHANGES, Map.of("campaign", campaign));
        reader.drain(200);
        Set<String> ids = new HashSet<>(reader.lastVersion.keySet());
        return ids;
    }

    private static Set<String> campaignIds(RequestSpecification auth) {
        Reader reader = new Reader(auth, "/api/v1/campaigns/changes", Map.of());
        reader.drain(200);
        return reader.lastVersion.keySet();
    }

    /** Schedules a lecture (planned); records its version. */
    private static String scheduled(String campaign, String day, Map<String, Long> versions) {
        JsonPath created = asNationalAdmin().body(lecture(campaign, day)).post("/api/v1/activities").then()
                .statusCode(201).extract().jsonPath();
        versions.put(created.getString("id"), created.getLong("version"));
        return created.getString("id");
    }

    private static void publish(String id, Map<String, Long> versions) {
        long version = asNationalAdmin().post("/api/v1/activities/{id}/publish", id).then().statusCode(200).extract()
                .jsonPath().getLong("version");
        versions.put(id, version);
    }
}
