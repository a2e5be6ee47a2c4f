package cn.gov.samr.campaigns.platform.repository;

import java.time.OffsetDateTime;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** A purge of old rows in batches, each in a transaction of its own, so that it never holds long locks. */
public final class BatchedDelete {

    private BatchedDelete() {
    }

    /**
     * Runs {@code delete} (native SQL; {@code ?1} the cut-off, {@code ?2} the batch size) until a batch deletes fewer
     * rows than {@code batchSize}, or {@code maxBatches} batches have run; returns the rows deleted.
     */
    public static long run(EntityManager em, String delete, OffsetDateTime before, int batchSize, int maxBatches) {
        long total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(delete)
                    .setParameter(1, before).setParameter(2, batchSize).executeUpdate());
            total += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        return total;
    }
}
