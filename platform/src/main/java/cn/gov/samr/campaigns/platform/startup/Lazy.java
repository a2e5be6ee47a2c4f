package cn.gov.samr.campaigns.platform.startup;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, then kept: for the clients a bean may never need (an HTTP client for webhooks
 * nobody subscribed to, a PDF font nobody exported with). Made in the bean's
 * constructor they cost every start their classes, threads and set-up (the JDK's HTTP client reads the default
 * trust store), on the start's critical path and before the service is ready.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> make;
    private volatile T value;

    private Lazy(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make);
    }

    public static <T> Lazy<T> of(Supplier<? extends T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(make.get());
                    value = made;
                }
            }
        }
        return made;
    }

    /** Whether {@link #get} has made the value: what is closed at the end is only what was opened. */
    public boolean isMade() {
        return value != null;
    }
}
