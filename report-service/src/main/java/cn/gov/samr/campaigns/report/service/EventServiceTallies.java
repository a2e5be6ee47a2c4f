package cn.gov.samr.campaigns.report.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.report.config.DriftConfig;

/** Reads event-service's tallies over HTTP with the configured service token. */
@ApplicationScoped
public class EventServiceTallies {

    private final DriftConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public EventServiceTallies(DriftConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    public boolean configured() {
        return config.eventServiceUrl().isPresent();
    }

    /** Every campaign event-service published; throws when it cannot be asked or does not answer 200. */
    public List<CampaignTally> fetch() throws IOException, InterruptedException {
        URI base = config.eventServiceUrl().orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/admin/tallies"))
                .timeout(config.timeout()).header("Accept", "application/json").GET();
        config.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IOException("event-service answered " + answer.statusCode() + " to " + base);
        }
        CampaignTally.Tallies tallies = json.readValue(answer.body(), CampaignTally.Tallies.class);
        return Objects.requireNonNull(tallies.campaigns(), "campaigns");
    }
}
