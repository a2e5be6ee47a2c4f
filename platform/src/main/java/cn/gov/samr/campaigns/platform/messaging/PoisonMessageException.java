package cn.gov.samr.campaigns.platform.messaging;

/** A message that can never be processed, however often it is retried; it belongs in the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
