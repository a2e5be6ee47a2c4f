package cn.gov.samr.campaigns.material.rest;

import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.admin;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.as;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.pdf;
import static cn.gov.samr.campaigns.material.rest.MaterialFixtures.publishedReport;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The XPCC's units resolved from data as in event-service: an officer of 石河子市 (659001, filed under Xinjiang's
 * 659000 by GB/T 2260) is the XPCC's (660000). Its downloads count for the XPCC, it reads the XPCC's download figures
 * and is refused Xinjiang's; Xinjiang's officer sees none of the XPCC's.
 */
@QuarkusTest
class XpccDownloadsTest {

    private static final String SHIHEZI = "659001";
    private static final String XPCC = "660000";
    private static final String XINJIANG = "650000";

    @Test
    void aShiheziOfficerIsTheXpccsNotXinjiangs() {
        String id = publishedReport(pdf(1_000, 65), "officials");
        String file = "/api/v1/materials/" + id + "/file";
        as("local-officer", SHIHEZI).get(file).then().statusCode(200);
        as("provincial-officer", XINJIANG).get(file).then().statusCode(200);

        admin().queryParam("material", id).get("/api/v1/download-statistics").then().statusCode(200)
                .body("counts.provincialUnit", contains(XINJIANG, XPCC)).body("total", equalTo(2));
        as("local-officer", SHIHEZI).queryParam("material", id).get("/api/v1/download-statistics").then()
                .statusCode(200).body("counts.provincialUnit", contains(XPCC)).body("total", equalTo(1));
        as("local-officer", SHIHEZI).queryParam("material", id).queryParam("provincialUnit", XPCC)
                .get("/api/v1/download-statistics").then().statusCode(200).body("total", equalTo(1));
        as("local-officer", SHIHEZI).queryParam("provincialUnit", XINJIANG).get("/api/v1/download-statistics")
                .then().statusCode(403);
        as("provincial-officer", XINJIANG).queryParam("material", id).get("/api/v1/download-statistics").then()
                .statusCode(200).body("counts.provincialUnit", contains(XINJIANG));
        as("provincial-officer", XINJIANG).queryParam("provincialUnit", XPCC).get("/api/v1/download-statistics")
                .then().statusCode(403);
    }
}
