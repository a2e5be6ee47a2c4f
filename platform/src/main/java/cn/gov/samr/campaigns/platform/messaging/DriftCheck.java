package cn.gov.samr.campaigns.platform.messaging;

/**
 * A comparison between what a producer holds and what this service projected from its events (e.g. activities
 * per campaign). Services declare their checks as beans; the platform publishes each as the gauge
 * {@code projection.drift{check=name}} and reports readiness degraded while any is not zero.
 */
public interface DriftCheck {

    /** Short and stable, e.g. {@code activities-per-campaign}: the gauge's tag and the readiness data key. */
    String name();

    /**
     * How many items differ at the last comparison (missing, extra or different, summed); 0 when they agree.
     * Cheap: the comparison runs on a schedule, and this returns its last result. Negative when the last
     * comparison could not be made (the producer unreachable), which is reported but is not drift.
     */
    long drift();
}
