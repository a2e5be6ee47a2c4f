package cn.gov.samr.campaigns.platform.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what the producer holds, over HTTP with the configured service token, for a {@link DriftCheck}. */
@ApplicationScoped
public class ProducerClient {

    private final DriftConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public ProducerClient(DriftConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    public boolean configured() {
        return config.producerUrl().isPresent();
    }

    /** The producer's JSON answer at {@code path}; throws when it cannot be asked or does not answer 200. */
    public <T> T get(String path, Class<T> type) throws IOException, InterruptedException {
        URI base = config.producerUrl().orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(config.timeout()).header("Accept", "application/json").GET();
        config.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IOException("the producer answered " + answer.statusCode() + " to GET " + base.resolve(path));
        }
        return json.readValue(answer.body(), type);
    }
}
