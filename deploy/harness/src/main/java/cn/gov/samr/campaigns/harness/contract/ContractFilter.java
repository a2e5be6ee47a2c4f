package cn.gov.samr.campaigns.harness.contract;

import java.util.function.Consumer;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A RestAssured filter that checks every answer to an {@code /api/} request against the OpenAPI document the
 * application serves, and fails the request with an {@link AssertionError} naming the method, path, status and
 * violations. {@code -Dcontract.report-only=true} only records (see {@link ContractLedger}); other requests
 * ({@code /q/health}, {@code /q/metrics}...) pass unchecked.
 */
public final class ContractFilter implements OrderedFilter {

    private static final ContractFilter INSTANCE = new ContractFilter();
    private static volatile String exemptReason;
    private static volatile Consumer<String> collector;

    private ContractFilter() {
    }

    /** Adds the filter to RestAssured's default filters of this class loader, once. */
    public static void install() {
        synchronized (ContractFilter.class) {
            if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
                RestAssured.filters(INSTANCE);
            }
        }
    }

    /** For the test running now: the requests are not checked ({@link UncheckedByContract}); null to check again. */
    public static void exempt(String reason) {
        exemptReason = reason;
    }

    /**
     * While set, violations go to {@code sink} ("operation → violation", one call each) instead of failing the
     * request: the bad-input sweep reports them with the rest of what it found. Null to fail again.
     */
    public static void collectInto(Consumer<String> sink) {
        collector = sink;
    }

    public static boolean reportOnly() {
        return ContractLedger.reportOnly();
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE; // closest to the wire: sees the answer before any other filter
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String uri = request.getURI();
        int schemeEnd = uri.indexOf("://");
        int pathStart = schemeEnd < 0 ? 0 : uri.indexOf('/', schemeEnd + 3);
        if (pathStart < 0 || exemptReason != null) {
            return response;
        }
        String origin = uri.substring(0, pathStart);
        int queryStart = uri.indexOf('?', pathStart);
        String path = queryStart < 0 ? uri.substring(pathStart) : uri.substring(pathStart, queryStart);
        if (!path.startsWith("/api/")) {
            return response;
        }
        OpenApiContract contract = OpenApiContract.servedAt(origin);
        byte[] body = response.asByteArray();
        OpenApiContract.Check check = contract.check(request.getMethod(), path, response.statusCode(),
                response.contentType(), body, request.getHeaders().hasHeaderWithName("Authorization"));
        ContractLedger.recordResponse(contract.service(), check.operation(), check.violations().toArray(String[]::new));
        Consumer<String> sink = collector;
        if (sink != null) {
            check.violations().forEach(violation -> sink.accept(check.operation() + " → " + violation));
        } else if (!check.violations().isEmpty() && !reportOnly()) {
            throw new AssertionError("OpenAPI contract of " + contract.service() + " violated by " + request.getMethod()
                    + " " + path + " → " + response.statusCode() + " " + response.contentType() + " (operation "
                    + check.operation() + "):\n  - " + String.join("\n  - ", check.violations()));
        }
        return response;
    }
}
