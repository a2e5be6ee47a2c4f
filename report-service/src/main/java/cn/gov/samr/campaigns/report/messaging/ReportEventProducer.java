package cn.gov.samr.campaigns.report.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.messaging.Outbox;
import cn.gov.samr.campaigns.report.config.ReportingConfig;
import cn.gov.samr.campaigns.report.domain.Obligation;

/** report.events, written to the outbox inside the caller's transaction; the obligation id is the key. */
@ApplicationScoped
public class ReportEventProducer {

    public static final String SUBMITTED = "ReportSubmitted";
    public static final String RETURNED = "ReportReturned";
    public static final String ACCEPTED = "ReportAccepted";
    public static final String EXTENDED = "DeadlineExtended";
    public static final String APPROACHING = "DeadlineApproaching";
    public static final String MISSED = "DeadlineMissed";

    private final Outbox outbox;
    private final ReportingConfig config;
    private final Clock clock;

    public ReportEventProducer(Outbox outbox, ReportingConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public void submitted(Obligation o, int version) {
        emit(o, SUBMITTED, base(o, OffsetDateTime.now(clock)).withVersion(version, null));
    }

    public void returned(Obligation o, int version, String comments) {
        emit(o, RETURNED, base(o, OffsetDateTime.now(clock)).withVersion(version, comments));
    }

    public void accepted(Obligation o, int version) {
        emit(o, ACCEPTED, base(o, OffsetDateTime.now(clock)).withVersion(version, null));
    }

    public void extended(Obligation o, LocalDate previous, String reason) {
        emit(o, EXTENDED, base(o, OffsetDateTime.now(clock)).withExtension(previous, reason));
    }

    /** Reminders are judged at the job's {@code now}, which tests choose. */
    public void approaching(Obligation o, int daysLeft, OffsetDateTime now) {
        emit(o, APPROACHING, base(o, now).withDaysLeft(daysLeft));
    }

    public void missed(Obligation o, OffsetDateTime now) {
        emit(o, MISSED, base(o, now));
    }

    private static ReportEvent base(Obligation o, OffsetDateTime now) {
        return ReportEvent.of(o, o.timeliness(now.toInstant()), now);
    }

    private void emit(Obligation o, String type, ReportEvent event) {
        outbox.publish(config.topics().reports(), "Obligation", o.id.toString(), type, event);
    }
}
