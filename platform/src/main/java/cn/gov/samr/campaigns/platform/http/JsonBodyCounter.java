package cn.gov.samr.campaigns.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import cn.gov.samr.campaigns.platform.rest.PayloadTooLargeProblem;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Every body a resource has parsed for it (JSON into its request records, whatever Content-Type the client
 * claimed) is read through a counter that stops at {@code platform.http.max-json-body}: a chunked body, or one
 * without a JSON type that {@link JsonBodyLimit} let through, is refused with 413 as soon as it passes the limit,
 * never held whole. A body the resource takes as a stream (an upload) is its own to limit.
 */
@Provider
public class JsonBodyCounter implements ReaderInterceptor {

    /** Looked up on first use: Quarkus REST creates its interceptors at static init, before runtime config. */
    private final Instance<HttpLimitsConfig> config;
    private final Instance<CurrentVertxRequest> request;
    private volatile long max = -1;

    public JsonBodyCounter(Instance<HttpLimitsConfig> config, Instance<CurrentVertxRequest> request) {
        this.config = config;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long max = max();
        if (InputStream.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.trim().matches("\\d{1,18}") && Long.parseLong(length.trim()) > max) {
            throw new PayloadTooLargeProblem(JsonBodyLimit.detail(max));
        }
        Counting counting = new Counting(context.getInputStream(), max);
        context.setInputStream(counting);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // the parser may have wrapped the counter's refusal in its own exception: the size is the reason
            if (counting.exceeded) {
                closeAfterAnswer();
                throw new PayloadTooLargeProblem(JsonBodyLimit.detail(max));
            }
            throw e;
        }
    }

    /**
     * The rest of the body is never read: once the 413 is written the connection is closed, or the server would
     * go on reading (and discarding) whatever the client still sends, for as long as it sends.
     */
    private void closeAfterAnswer() {
        RoutingContext current = request.get().getCurrent();
        if (current != null) {
            current.addEndHandler(ended -> JsonBodyLimit.closeIfHttp1(current.request()));
        }
    }

    private long max() {
        if (max < 0) {
            max = config.get().maxJsonBody().asLongValue();
        }
        return max;
    }

    /** Fails the read that goes past the limit. */
    static final class Counting extends FilterInputStream {

        private final long max;
        private long count;
        boolean exceeded;

        Counting(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            counted(skipped);
            return skipped;
        }

        /**
         * Closing the request's stream reads the rest of the body to its end; past the limit that is exactly what
         * must not happen, so the rest is left unread and the 413 closes the connection instead.
         */
        @Override
        public void close() throws IOException {
            if (!exceeded) {
                in.close();
            }
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > max) {
                exceeded = true;
                throw new IOException("the body passed " + max + " bytes");
            }
        }
    }
}
