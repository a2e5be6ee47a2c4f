package cn.gov.samr.campaigns.platform.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential backoff ({@code initial × multiplier^(n-1)}, capped) with
 * jitter, for as long as the give-up window since the first attempt allows. Pure, so the schedule is tested alone.
 */
public final class RetrySchedule {

    private final Duration initial;
    private final double multiplier;
    private final Duration maxInterval;
    private final double jitter;
    private final Duration giveUpAfter;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1) */
    public RetrySchedule(Duration initial, double multiplier, Duration maxInterval, double jitter, Duration giveUpAfter,
            DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || multiplier < 1 || maxInterval.compareTo(initial) < 0
                || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("retry schedule: initial > 0, multiplier >= 1, max-interval >= initial, "
                    + "0 <= jitter < 1");
        }
        this.initial = initial;
        this.multiplier = multiplier;
        this.maxInterval = maxInterval;
        this.jitter = jitter;
        this.giveUpAfter = giveUpAfter;
        this.random = random;
    }

    public static RetrySchedule of(WebhookConfig.Retry config) {
        return new RetrySchedule(config.initial(), config.multiplier(), config.maxInterval(), config.jitter(),
                config.giveUpAfter(), Math::random);
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first), before jitter. */
    public Duration nominal(int failures) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, failures - 1));
        return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis((long) millis);
    }

    /** The wait after the {@code failures}-th failed attempt, jittered within ± jitter of the nominal one. */
    public Duration delay(int failures) {
        long nominal = nominal(failures).toMillis();
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(nominal * factor)));
    }

    /**
     * The next attempt after the {@code failures}-th failure at {@code now}, or empty when the delivery gives up:
     * the give-up window since its first attempt has run out.
     */
    public Optional<Instant> next(Instant firstAttempt, int failures, Instant now) {
        Instant deadline = firstAttempt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Instant next = now.plus(delay(failures));
        // the last attempt falls on the deadline rather than being skipped because a wait overshoots it
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }

    public Duration giveUpAfter() {
        return giveUpAfter;
    }
}
