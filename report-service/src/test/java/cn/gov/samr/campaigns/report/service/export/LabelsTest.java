package cn.gov.samr.campaigns.report.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.report.domain.ObligationStatus;
import cn.gov.samr.campaigns.report.domain.Timeliness;

class LabelsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theApiNameInAnExportIsTheOneTheJsonApiUses() throws JsonProcessingException {
        for (ObligationStatus status : ObligationStatus.values()) {
            assertEquals(json.writeValueAsString(status), '"' + Labels.apiName(status) + '"');
        }
        for (Timeliness timeliness : Timeliness.values()) {
            assertEquals(json.writeValueAsString(timeliness), '"' + Labels.apiName(timeliness) + '"');
        }
    }

    @Test
    void everyValueHasAChineseWord() {
        assertEquals("已通过 / accepted", Labels.of(ObligationStatus.ACCEPTED));
        assertEquals("迟报 / late", Labels.of(Timeliness.LATE));
        assertEquals("", Labels.of((Timeliness) null));
        assertEquals("深入产地指导", Labels.activityTypeZh("on-site-guidance"));
        assertEquals("a-type-added-later", Labels.activityTypeZh("a-type-added-later"));
        for (Timeliness timeliness : Timeliness.values()) {
            assertNotEquals(Labels.apiName(timeliness), Labels.zh(timeliness));
        }
    }
}
