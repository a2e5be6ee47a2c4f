package cn.gov.samr.campaigns.report.messaging;

import static cn.gov.samr.campaigns.report.messaging.MaterialEvents.downloaded;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.report.messaging.MaterialEvents.Shipment;
import cn.gov.samr.campaigns.report.service.ActivityFigures;
import cn.gov.samr.campaigns.report.service.CampaignStatistics.Figures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Shipment and download events over the real broker, projected per campaign × provincial unit. */
@QuarkusTest
class MaterialEventListenerTest {

    private static final String JIANGSU = "320000";
    private static final String ZHEJIANG = "330000";

    @Inject
    ActivityFigures figures;

    @Inject
    EntityManager em;

    @Test
    void shipmentsCountWhenDispatchedAndReceiptsAddTheirCopiesAndACancelledOneCountsForNothing() {
        UUID campaign = UUID.randomUUID();
        Shipment jiangsu = Shipment.to(campaign, JIANGSU);
        Shipment recalled = Shipment.to(campaign, JIANGSU);
        Shipment zhejiang = Shipment.to(campaign, ZHEJIANG);
        jiangsu.dispatch(100, 50);
        recalled.dispatch(10, 10);
        zhejiang.dispatch(80, 0);
        jiangsu.receive(150, 148, 2);
        awaitProcessed(recalled.cancel().id());
        awaitProcessed(MaterialEvents.materialPublished(campaign).id());

        Figures js = figures.of(campaign, JIANGSU);
        assertEquals(1, js.shipmentsDispatched());
        assertEquals(150, js.copiesDispatched());
        assertEquals(148, js.copiesReceived());
        assertEquals(2, js.copiesDamaged());
        await().atMost(Duration.ofSeconds(60)).until(() -> figures.of(campaign, ZHEJIANG).copiesDispatched() == 80);
        assertEquals(0, figures.of(campaign, ZHEJIANG).copiesReceived());
    }

    @Test
    void downloadDeltasAddUpAndAnonymousOnesCountOnlyNationally() {
        UUID campaign = UUID.randomUUID();
        downloaded(campaign, JIANGSU, 7);
        downloaded(campaign, JIANGSU, 5);
        awaitProcessed(downloaded(campaign, null, 30).id());

        assertEquals(12, figures.of(campaign, JIANGSU).downloads());
        assertEquals(42, figures.national(campaign).downloads());
        assertEquals(1, figures.byUnit(campaign).size(), "no unit row for anonymous downloads");
    }

    @Test
    void theSameEventsDeliveredTwiceGiveTheSameFigures() {
        UUID campaign = UUID.randomUUID();
        Shipment shipment = Shipment.to(campaign, JIANGSU);
        var dispatched = shipment.dispatch(60, 40);
        var received = shipment.receive(100, 90, 10);
        var download = downloaded(campaign, JIANGSU, 9);
        awaitProcessed(download.id());
        Figures once = figures.of(campaign, JIANGSU);

        dispatched.again();
        received.again();
        download.again();
        awaitProcessed(downloaded(UUID.randomUUID(), JIANGSU, 1).id()); // a later event, processed after them

        assertEquals(once, figures.of(campaign, JIANGSU));
        assertEquals(100, once.copiesDispatched());
        assertEquals(9, once.downloads());
    }

    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue()) == 1);
    }
}
