package cn.gov.samr.campaigns.report.messaging;

import java.util.UUID;

/** Material events as material-service's outbox relay writes them (docs/events.md, material.events). */
public final class MaterialEvents {

    public static final String TOPIC = "material.events";

    private MaterialEvents() {
    }

    /** A shipment of one campaign to one provincial unit: one poster and one brochure item. */
    public record Shipment(UUID id, UUID campaign, String unit) {

        public static Shipment to(UUID campaign, String unit) {
            return new Shipment(UUID.randomUUID(), campaign, unit);
        }

        /** ShipmentDispatched with {@code posters} + {@code brochures} copies */
        public Sent dispatch(int posters, int brochures) {
            return send(ShipmentChanged.DISPATCHED, id.toString(), head() + """
                    "items":[{"materialId":"%s","quantity":%d},{"materialId":"%s","quantity":%d}],
                    "carrier":"EMS","trackingNumber":"E1","dispatchedAt":"2022-09-01T10:00:00+08:00",
                    "expectedDeliveryOn":"2022-09-05"}""".formatted(UUID.randomUUID(), posters, UUID.randomUUID(),
                    brochures));
        }

        /** ShipmentReceived: all copies dispatched arrived, {@code damaged} of them damaged. */
        public Sent receive(int dispatched, int received, int damaged) {
            return send(ShipmentChanged.RECEIVED, id.toString(), head() + """
                    "items":[{"materialId":"%s","quantityDispatched":%d,"quantityReceived":%d,
                    "quantityDamaged":%d}],"status":"received","confirmedBy":"officer-320000",
                    "receivedAt":"2022-09-05T10:00:00+08:00"}""".formatted(UUID.randomUUID(), dispatched, received,
                    damaged));
        }

        public Sent cancel() {
            return send(ShipmentChanged.CANCELLED, id.toString(), head() + """
                    "items":[],"previousStatus":"dispatched","reason":"wrong address",
                    "cancelledAt":"2022-09-02T10:00:00+08:00"}""");
        }

        private String head() {
            return """
                    {"shipmentId":"%s","campaignId":"%s","planId":"%s","provincialUnit":"%s",""".formatted(id,
                    campaign, UUID.randomUUID(), unit);
        }
    }

    /** MaterialDownloaded adding {@code downloads}; {@code unit} null for anonymous downloads. */
    public static Sent downloaded(UUID campaign, String unit, long downloads) {
        UUID material = UUID.randomUUID();
        return send(MaterialDownloaded.TYPE, material.toString(), """
                {"materialId":"%s","campaignId":"%s","version":1,"day":"2022-09-19","provincialUnit":%s,
                 "downloads":%d,"periodStart":"2022-09-19T10:00:00+08:00","periodEnd":"2022-09-19T11:00:00+08:00"}"""
                .formatted(material, campaign, unit == null ? "null" : "\"" + unit + "\"", downloads));
    }

    /** A catalogue event the statistics ignore. */
    public static Sent materialPublished(UUID campaign) {
        UUID material = UUID.randomUUID();
        return send("MaterialPublished", material.toString(), """
                {"materialId":"%s","campaignId":"%s","kind":"poster","title":{"zh":"海报"},"delivery":"post",
                 "access":"public","publishedAt":"2022-09-01T10:00:00+08:00"}""".formatted(material, campaign));
    }

    /** An event put on the topic. */
    public record Sent(String type, String key, String id, String json) {

        /** The same event again, same id, as after a relay crash; returns its id. */
        public String again() {
            CampaignEvents.kafka().sendCloudEvent(TOPIC, key, id, type, json);
            return id;
        }
    }

    private static Sent send(String type, String key, String json) {
        Sent sent = new Sent(type, key, UUID.randomUUID().toString(), json);
        sent.again();
        return sent;
    }
}
