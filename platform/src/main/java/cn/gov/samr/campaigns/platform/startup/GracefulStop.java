package cn.gov.samr.campaigns.platform.startup;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stops an executor at shutdown: no new task, the running one a grace period to finish, then an interrupt. */
public final class GracefulStop {

    private GracefulStop() {
    }

    public static void stop(ExecutorService executor, Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
