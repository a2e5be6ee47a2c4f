package cn.gov.samr.campaigns.report.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Runs the reminders on a schedule ({@code report-service.reminders.every}; {@code off} disables it). */
@ApplicationScoped
public class ReminderJob {

    private final ReminderService reminders;
    private final Clock clock;

    public ReminderJob(ReminderService reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(identity = "deadline-reminders", every = "${report-service.reminders.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        reminders.remind(clock.instant());
    }
}
