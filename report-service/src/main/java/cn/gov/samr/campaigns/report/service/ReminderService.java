package cn.gov.samr.campaigns.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.time.ChinaClock;
import cn.gov.samr.campaigns.report.config.ReportingConfig;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.messaging.ReportEventProducer;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import cn.gov.samr.campaigns.report.repository.ReminderRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reminders (催报): DeadlineApproaching a configured number of days before the deadline and DeadlineMissed once
 * the deadline day has ended in China, each once per obligation and deadline, for reports not yet submitted. An
 * archived edition's obligations are never looked at (ObligationRepository#awaitingReminders leaves them out).
 */
@ApplicationScoped
public class ReminderService {

    private final ObligationRepository obligations;
    private final ReminderRepository sent;
    private final ReportEventProducer events;
    private final List<Integer> daysBefore;
    private final int batchSize;

    public ReminderService(ObligationRepository obligations, ReminderRepository sent, ReportEventProducer events,
            ReportingConfig config) {
        this.obligations = obligations;
        this.sent = sent;
        this.events = events;
        this.daysBefore = config.reminders().daysBefore().stream().sorted().toList();
        this.batchSize = config.reminders().batchSize();
    }

    /** Where a pass goes on: after this obligation, in (deadline, id) order. */
    private record Position(LocalDate deadline, UUID id) {
    }

    /** What one batch sent, and where the next one starts (null after the last). */
    private record Batch(int sent, Position next) {
    }

    /**
     * One pass as of {@code now}; returns how many reminders went out. Each batch is a transaction of its own: the
     * reminders it records and the events it writes commit together, and a pass over many obligations is never one
     * long transaction.
     */
    public int remind(Instant now) {
        OffsetDateTime at = now.atZone(ChinaClock.ZONE).toOffsetDateTime();
        LocalDate today = at.toLocalDate();
        int horizon = daysBefore.isEmpty() ? 0 : daysBefore.get(daysBefore.size() - 1);
        int count = 0;
        Position after = null;
        do {
            Position from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> remindBatch(today, horizon, at, from));
            count += batch.sent();
            after = batch.next();
        } while (after != null);
        return count;
    }

    private Batch remindBatch(LocalDate today, int horizon, OffsetDateTime at, Position after) {
        List<Obligation> due = obligations.awaitingReminders(today.plusDays(horizon),
                after == null ? null : after.deadline(), after == null ? null : after.id(), batchSize);
        int count = 0;
        for (Obligation o : due) {
            count += today.isAfter(o.deadline) ? missed(o, at) : approaching(o, today, at);
        }
        Obligation last = due.isEmpty() ? null : due.get(due.size() - 1);
        return new Batch(count, due.size() < batchSize ? null : new Position(last.deadline, last.id));
    }

    private int missed(Obligation o, OffsetDateTime at) {
        if (!sent.record(o.id, ReminderRepository.MISSED, 0, o.deadline, at)) {
            return 0;
        }
        events.missed(o, at);
        return 1;
    }

    /**
     * The tightest configured day count that has been reached is the one announced; the wider ones are recorded
     * with it, so a job that did not run for days sends one reminder, not three stale ones.
     */
    private int approaching(Obligation o, LocalDate today, OffsetDateTime at) {
        int left = (int) ChronoUnit.DAYS.between(today, o.deadline);
        List<Integer> reached = daysBefore.stream().filter(d -> left <= d).toList();
        if (reached.isEmpty()) {
            return 0;
        }
        boolean tightestIsNew = false;
        for (int d : reached) {
            boolean recorded = sent.record(o.id, ReminderRepository.APPROACHING, d, o.deadline, at);
            tightestIsNew |= recorded && d == reached.get(0);
        }
        if (!tightestIsNew) {
            return 0;
        }
        events.approaching(o, left, at);
        return 1;
    }
}
