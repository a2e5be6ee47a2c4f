package cn.gov.samr.campaigns.platform.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A lazy value is made at the first use, not before, and once however many threads ask at the same time. */
class LazyTest {

    @Test
    void madeAtFirstUseThenKept() {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertEquals(0, made.get());
        assertFalse(lazy.isMade());
        Object first = lazy.get();
        assertTrue(lazy.isMade());
        assertSame(first, lazy.get());
        assertEquals(1, made.get());
    }

    @Test
    void madeOnceWhenThreadsRace() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(lazy.get());
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, made.get());
        assertEquals(8, seen.size());
        seen.forEach(o -> assertSame(seen.get(0), o));
    }

    @Test
    void aFailedMakingIsTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
            }
            return "made";
        });
        try {
            lazy.get();
        } catch (IllegalStateException expected) {
            // the first attempt fails, nothing is kept
        }
        assertFalse(lazy.isMade());
        assertEquals("made", lazy.get());
    }
}
