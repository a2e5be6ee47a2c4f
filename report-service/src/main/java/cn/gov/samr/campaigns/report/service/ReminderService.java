package cn.gov.samr.campaigns.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.samr.campaigns.platform.time.ChinaClock;
import cn.gov.samr.campaigns.report.config.ReportingConfig;
import cn.gov.samr.campaigns.report.domain.Obligation;
import cn.gov.samr.campaigns.report.messaging.ReportEventProducer;
import cn.gov.samr.campaigns.report.repository.ObligationRepository;
import cn.gov.samr.campaigns.report.repository.ReminderRepository;

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

    public ReminderService(ObligationRepository obligations, ReminderRepository sent, ReportEventProducer events,
            ReportingConfig config) {
        this.obligations = obligations;
        this.sent = sent;
        this.events = events;
        this.daysBefore = config.reminders().daysBefore().stream().sorted().toList();
    }

    /** One pass as of {@code now}; returns how many reminders went out. */
    @Transactional
    public int remind(Instant now) {
        OffsetDateTime at = now.atZone(ChinaClock.ZONE).toOffsetDateTime();
        LocalDate today = at.toLocalDate();
        int horizon = daysBefore.isEmpty() ? 0 : daysBefore.get(daysBefore.size() - 1);
        int count = 0;
        for (Obligation o : obligations.awaitingReminders(today.plusDays(horizon))) {
            count += today.isAfter(o.deadline) ? missed(o, at) : approaching(o, today, at);
        }
        return count;
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
