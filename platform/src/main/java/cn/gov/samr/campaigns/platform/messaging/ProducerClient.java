package cn.gov.samr.campaigns.platform.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.platform.startup.Lazy;

/** Reads what the producer holds, over HTTP with the configured service token, for a {@link DriftCheck}. */
@ApplicationScoped
public class ProducerClient {

    private static final Logger LOG = Logger.getLogger(ProducerClient.class);

    private final DriftConfig config;
    private final ObjectMapper json;
    private final Lazy<HttpClient> http;

    public ProducerClient(DriftConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        // made at the first comparison, not at start (Lazy says what that saves)
        this.http = Lazy.of(() -> HttpClient.newBuilder().connectTimeout(config.timeout()).build());
    }

    /**
     * The producer's JSON answer at {@code path}; empty when no producer is configured, or when it cannot be asked,
     * does not answer 200 or answers something unreadable (logged): the check then reports -1, never a stale figure.
     */
    public <T> Optional<T> read(String path, Class<T> type) {
        if (config.producerUrl().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(get(path, type));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("drift not compared: the producer's %s is unavailable (%s)", path, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private <T> T get(String path, Class<T> type) throws IOException, InterruptedException {
        URI base = config.producerUrl().orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(config.timeout()).header("Accept", "application/json").GET();
        config.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<byte[]> answer = http.get().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IOException("the producer answered " + answer.statusCode() + " to GET " + base.resolve(path));
        }
        return json.readValue(answer.body(), type);
    }
}
