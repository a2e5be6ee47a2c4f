package cn.gov.samr.campaigns.e2e;

import java.net.http.HttpRequest;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.samr.campaigns.harness.DevTokens;

/**
 * The Java clients that deploy/contract generates from each service's OpenAPI document, pointed at the running
 * suite and signed in as one caller. Their mapper refuses fields the document does not declare (the generated
 * default ignores them): an answer that says more than its schema is a broken contract, not a detail.
 */
final class GeneratedClients {

    private static final String HOST = "http://127.0.0.1:";

    /** The Authorization header's value, null for an anonymous caller. */
    private final String bearer;

    private GeneratedClients(String bearer) {
        this.bearer = bearer;
    }

    static GeneratedClients anonymous() {
        return new GeneratedClients(null);
    }

    /** A dev token for the role, and the division claim for officers (null otherwise). */
    static GeneratedClients as(String role, String division) {
        return new GeneratedClients(DevTokens.bearer(role, division));
    }

    cn.gov.samr.campaigns.contract.client.event.ApiClient events(int port) {
        var client = new cn.gov.samr.campaigns.contract.client.event.ApiClient();
        client.updateBaseUri(HOST + port);
        client.setObjectMapper(strict(cn.gov.samr.campaigns.contract.client.event.ApiClient.createDefaultObjectMapper()));
        client.setRequestInterceptor(signIn());
        return client;
    }

    cn.gov.samr.campaigns.contract.client.material.ApiClient materials(int port) {
        var client = new cn.gov.samr.campaigns.contract.client.material.ApiClient();
        client.updateBaseUri(HOST + port);
        client.setObjectMapper(
                strict(cn.gov.samr.campaigns.contract.client.material.ApiClient.createDefaultObjectMapper()));
        client.setRequestInterceptor(signIn());
        return client;
    }

    cn.gov.samr.campaigns.contract.client.report.ApiClient reports(int port) {
        var client = new cn.gov.samr.campaigns.contract.client.report.ApiClient();
        client.updateBaseUri(HOST + port);
        client.setObjectMapper(
                strict(cn.gov.samr.campaigns.contract.client.report.ApiClient.createDefaultObjectMapper()));
        client.setRequestInterceptor(signIn());
        return client;
    }

    private Consumer<HttpRequest.Builder> signIn() {
        return request -> {
            if (bearer != null) {
                request.header("Authorization", bearer);
            }
        };
    }

    private static ObjectMapper strict(ObjectMapper generated) {
        return generated.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
