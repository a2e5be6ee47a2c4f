package cn.gov.samr.campaigns.report.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;

import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The consumer's span continues the trace of the record's {@code traceparent} (written by the producer's outbox
 * relay from the request that wrote the event): one trace from the HTTP call into this service's listener.
 */
@QuarkusTest
@TestProfile(TraceContinuationTest.Traced.class)
class TraceContinuationTest {

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    /** The spans the SDK exports (the traces exporter "cdi" picks up SpanExporter beans), kept for the test. */
    @ApplicationScoped
    public static class CollectedSpans implements SpanExporter {

        static final Collection<SpanData> SPANS = new ConcurrentLinkedQueue<>();

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            SPANS.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    @Test
    void theListenerSpanJoinsTheTraceOfTheRecord() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String producerSpan = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ActivityEvents.Activity activity = ActivityEvents.Activity.published(UUID.randomUUID(), "320000",
                "knowledge-lecture", "communities");
        String id = UUID.randomUUID().toString();

        CampaignEvents.kafka().send(ActivityEvents.TOPIC, activity.id().toString(), activity.json(), Map.of(
                "ce_specversion", "1.0", "ce_id", id, "ce_source", "/event-service", "ce_type", "ActivityScheduled",
                "ce_time", Instant.now().toString(), "ce_subject", activity.id().toString(),
                "content-type", "application/json", "traceparent", "00-" + traceId + "-" + producerSpan + "-01"));

        await().atMost(Duration.ofSeconds(30)).until(() -> List.copyOf(CollectedSpans.SPANS).stream()
                .anyMatch(span -> traceId.equals(span.getTraceId())
                        && producerSpan.equals(span.getParentSpanId())));
    }
}
