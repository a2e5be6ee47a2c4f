package cn.gov.samr.campaigns.report.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Which reminders went out: the record that makes each one go out once, even with several replicas. */
@ApplicationScoped
public class ReminderRepository {

    public static final String APPROACHING = "APPROACHING";
    public static final String MISSED = "MISSED";

    private final EntityManager em;

    public ReminderRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the reminder; false when it was already recorded (by an earlier run or another replica). */
    public boolean record(UUID obligationId, String kind, int daysBefore, LocalDate deadline, OffsetDateTime now) {
        return em.createNativeQuery("""
                insert into reminder_sent (obligation_id, kind, days_before, deadline, sent_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict do nothing""")
                .setParameter(1, obligationId)
                .setParameter(2, kind)
                .setParameter(3, daysBefore)
                .setParameter(4, deadline)
                .setParameter(5, now)
                .executeUpdate() == 1;
    }
}
