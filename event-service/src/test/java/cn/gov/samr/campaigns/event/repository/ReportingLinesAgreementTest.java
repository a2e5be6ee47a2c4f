package cn.gov.samr.campaigns.event.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.event.domain.Division;
import cn.gov.samr.campaigns.platform.security.Gbt2260Hierarchy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's reference file ({@code divisions/reporting-lines.csv}, what material-service and report-service
 * check jurisdiction with) and this service's division table as the migrations load it agree: every division of the
 * first data set reports through the same provincial unit, and lies within the same provinces and cities, by both.
 * Divisions a later release added (valid from a date) are this table's alone and left out.
 */
@QuarkusTest
class ReportingLinesAgreementTest {

    @Inject
    DivisionRepository divisions;

    @Inject
    DivisionTree tree;

    private final Gbt2260Hierarchy file = new Gbt2260Hierarchy();

    @Test
    void theFileAndTheTableAgreeOnEveryDivisionsProvincialUnitAndItsProvincesAndCities() {
        List<Division> all = QuarkusTransaction.requiringNew().call(() -> divisions.listAll());
        List<Division> first = all.stream().filter(d -> d.validFrom == null).toList();
        List<String> scopes = first.stream()
                .filter(d -> d.level == Division.Level.PROVINCIAL_UNIT || d.level == Division.Level.CITY)
                .map(d -> d.code).toList();
        assertTrue(first.size() > 3400 && scopes.size() > 370, "the first data set: " + first.size());

        List<String> disagreements = new ArrayList<>();
        for (Division d : first) {
            if (!d.provincialUnit.equals(file.provincialUnitOf(d.code))) {
                disagreements.add(d.code + " reports through " + d.provincialUnit + ", the file says "
                        + file.provincialUnitOf(d.code));
            }
            for (String scope : scopes) {
                if (tree.isWithin(d.code, scope) != file.isWithin(d.code, scope)) {
                    disagreements.add(d.code + " within " + scope + ": table " + tree.isWithin(d.code, scope));
                }
            }
            if (!file.isWithin(d.code, d.code) || d.administeredBy != null && !file.isWithin(d.code, d.administeredBy)) {
                disagreements.add(d.code + " is not within itself or the unit that runs it by the file");
            }
        }
        assertEquals(List.of(), disagreements.stream().limit(20).toList());
        // the case of issue 12: 石河子市 is the XPCC's, not Xinjiang's, by both
        assertEquals("660000", file.provincialUnitOf("659001"));
        assertTrue(file.isWithin("659001", "660000") && !file.isWithin("659001", "650000"));
    }
}
