package cn.gov.samr.campaigns.platform.messaging;

/**
 * The application stopped while an event waited for another attempt. Not a poison message: the record is left
 * unacknowledged, uncommitted, and is delivered again once the service is back.
 */
public class RetryAbandonedException extends RuntimeException {

    public RetryAbandonedException(CloudEvent event, Throwable cause) {
        super("stopped while " + event.type() + " " + event.id() + " waited to be retried; it will be redelivered",
                cause);
    }
}
