package cn.gov.samr.campaigns.event.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.gov.samr.campaigns.platform.rest.PublicVersions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public_change triggers (V19): a scope moves on when a write commits, never before; an open transaction does
 * not hold up other writers; two commits bumping the same two scopes in opposite orders do not deadlock.
 */
@QuarkusTest
class PublicVersionTriggersTest {

    private static final List<String> DIVISIONS = List.of("divisions");
    private static final List<String> BODIES = List.of("certification-bodies");

    @Inject
    EntityManager em;
    @Inject
    PublicVersions versions;

    @Test
    void aScopeMovesOnAtCommitAndAnOpenTransactionHoldsUpNoOne() throws Exception {
        long before = versions.of(DIVISIONS).counter();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> open = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            touchDivision("320000");
            written.countDown();
            await(release);
        }));
        await(written);
        assertEquals(before, versions.of(DIVISIONS).counter(), "an uncommitted write changes no version");

        // another writer commits while the first transaction is open: not blocked, and its change counts
        QuarkusTransaction.requiringNew().run(() -> touchDivision("330000"));
        long afterSecond = versions.of(DIVISIONS).counter();
        assertEquals(before + 1, afterSecond);

        release.countDown();
        open.get(30, TimeUnit.SECONDS);
        assertEquals(before + 2, versions.of(DIVISIONS).counter(), "the late commit counts after the earlier one");
    }

    @Test
    void manyRowsInOneTransactionBumpOnce() {
        long before = versions.of(DIVISIONS).counter();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update division set sort_order = sort_order where provincial_unit = '320000'").executeUpdate());
        assertEquals(before + 1, versions.of(DIVISIONS).counter());
    }

    /** Immediate triggers taking each scope's row as they go would deadlock here; deferred ones lock 'all' first. */
    @Test
    void twoCommitsBumpingTwoScopesInOppositeOrdersDoNotDeadlock() throws Exception {
        long divisions = versions.of(DIVISIONS).counter();
        long bodies = versions.of(BODIES).counter();
        Phaser step = new Phaser(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            touchDivision("320000");
            step.arriveAndAwaitAdvance();
            touchBody("CNCA-R-2002-001");
            step.arriveAndAwaitAdvance();
        }));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            touchBody("CNCA-R-2002-002");
            step.arriveAndAwaitAdvance();
            touchDivision("330000");
            step.arriveAndAwaitAdvance();
        }));
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        assertEquals(divisions + 2, versions.of(DIVISIONS).counter());
        assertEquals(bodies + 2, versions.of(BODIES).counter());
        assertTrue(versions.of(List.of("all")).counter() >= 4);
    }

    private void touchDivision(String code) {
        em.createNativeQuery("update division set sort_order = sort_order where code = ?1").setParameter(1, code)
                .executeUpdate();
    }

    private void touchBody(String id) {
        em.createNativeQuery("update certification_body set name_zh = name_zh where id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
