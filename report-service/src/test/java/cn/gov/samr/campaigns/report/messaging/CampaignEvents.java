package cn.gov.samr.campaigns.report.messaging;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.samr.campaigns.harness.KafkaTestClient;
import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;

/** CampaignPublished events as event-service's outbox relay writes them, put on the real broker. */
public final class CampaignEvents {

    public static final String TOPIC = "campaign.events";

    /** The codes of the 32 provincial units; 660000 is the XPCC. */
    public static final List<String> PROVINCIAL_UNITS = List.of("110000", "120000", "130000", "140000", "150000",
            "210000", "220000", "230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000",
            "410000", "420000", "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000",
            "540000", "610000", "620000", "630000", "640000", "650000", "660000");

    private CampaignEvents() {
    }

    public static String published(UUID campaignId, String deadline) {
        String units = PROVINCIAL_UNITS.stream()
                .map(code -> "{\"code\":\"" + code + "\",\"name\":{\"zh\":\"单位" + code + "\",\"en\":\"Unit " + code + "\"}}")
                .collect(Collectors.joining(",", "[", "]"));
        return """
                {"campaignId":"%s","kind":"organic-product-week","year":2022,
                 "name":{"zh":"2022年全国有机产品认证宣传周"},"windowStart":"2022-09-19","windowEnd":"2022-09-23",
                 "reportingDeadline":"%s","provincialUnits":%s}""".formatted(campaignId, deadline, units);
    }

    /**
     * A CampaignPublished with reporting rules (a JSON object) and the deadline, or none ({@code deadline} null:
     * no summary owed).
     */
    public static String publishedWith(UUID campaignId, String deadline, String reporting) {
        String body = published(campaignId, deadline == null ? "X" : deadline);
        body = deadline == null ? body.replace("\"reportingDeadline\":\"X\",", "") : body;
        return body.substring(0, body.lastIndexOf('}')) + ",\"reporting\":" + reporting + "}";
    }

    /** Sends a CampaignPublished with reporting rules; returns the event id. */
    public static String sendPublishedWith(UUID campaignId, String deadline, String reporting) {
        String eventId = UUID.randomUUID().toString();
        kafka().sendCloudEvent(TOPIC, campaignId.toString(), eventId, "CampaignPublished",
                publishedWith(campaignId, deadline, reporting));
        return eventId;
    }

    /** Sends a CampaignUpdated with the deadline and reporting rules as they are now; returns the event id. */
    public static String sendUpdatedWith(UUID campaignId, String deadline, String reporting) {
        String eventId = UUID.randomUUID().toString();
        kafka().sendCloudEvent(TOPIC, campaignId.toString(), eventId, "CampaignUpdated", "{\"campaignId\":\""
                + campaignId + "\",\"reportingDeadline\":\"" + deadline + "\",\"reporting\":" + reporting + "}");
        return eventId;
    }

    /** Reporting rules as event-service writes them; {@code units} null for all, {@code planDue} null for none. */
    public static String rules(String mode, List<String> units, List<String> bodies, String planDue, boolean summary) {
        return "{\"mode\":\"" + mode + "\"" + (units == null ? "" : ",\"provincialUnits\":" + array(units))
                + ",\"certificationBodies\":" + array(bodies)
                + (planDue == null ? "" : ",\"activityPlanDue\":\"" + planDue + "\"") + ",\"summary\":" + summary + "}";
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    public static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaBrokerTestResource.broker().bootstrapServers());
    }

    /** Sends a CampaignPublished with the given event id; returns that id. */
    public static String sendPublished(UUID campaignId, String eventId) {
        return sendPublished(campaignId, eventId, "2022-10-14");
    }

    /** Sends a CampaignPublished due on {@code deadline}; returns the event id. */
    public static String sendPublished(UUID campaignId, String eventId, String deadline) {
        kafka().sendCloudEvent(TOPIC, campaignId.toString(), eventId, "CampaignPublished",
                published(campaignId, deadline));
        return eventId;
    }

    /** Sends a CampaignPublished of the given aggregate version due on {@code deadline}; returns the event id. */
    public static String sendPublished(UUID campaignId, long version, String deadline) {
        return VersionedEvents.send(TOPIC, null, campaignId.toString(), UUID.randomUUID().toString(),
                "CampaignPublished", version, published(campaignId, deadline));
    }

    /** Sends a CampaignUpdated of the given aggregate version stating the deadline; returns the event id. */
    public static String sendUpdated(UUID campaignId, long version, String deadline) {
        return VersionedEvents.send(TOPIC, null, campaignId.toString(), UUID.randomUUID().toString(),
                "CampaignUpdated", version, "{\"campaignId\":\"" + campaignId + "\",\"reportingDeadline\":\""
                        + deadline + "\"}");
    }

    /** Sends a CampaignUpdated that moves the reporting deadline. */
    public static void sendDeadlineMoved(UUID campaignId, String from, String to) {
        kafka().sendCloudEvent(TOPIC, campaignId.toString(), UUID.randomUUID().toString(), "CampaignUpdated",
                "{\"campaignId\":\"" + campaignId + "\",\"reportingDeadline\":\"" + to + "\","
                        + "\"changes\":{\"reportingDeadline\":{\"from\":\"" + from + "\",\"to\":\"" + to
                        + "\"}}}");
    }
}
