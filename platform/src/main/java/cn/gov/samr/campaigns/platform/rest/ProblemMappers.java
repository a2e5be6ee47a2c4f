package cn.gov.samr.campaigns.platform.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
import cn.gov.samr.campaigns.platform.security.TokenClaims;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error a service answers is an RFC 9457 problem; this is the one place that decides how. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://certification-campaigns.samr.gov.cn/problems/";

    private final ObjectMapper json;

    public ProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return problem(400, "invalid-input", "Invalid input", "The request has invalid fields.", uri, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return invalidInput(InvalidInputException.of(e.getConstraintViolations()), uri);
    }

    /**
     * A request body that is not JSON, or JSON the API does not take (see {@link StrictJson}): 400 naming the field.
     * A failure to write an answer is a bug, not the client's. Named for each type that Quarkus REST maps itself
     * (its own answers are not problems), so that this mapper wins.
     */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class,
            InvalidDefinitionException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidDefinitionException || e.getProcessor() instanceof JsonGenerator) {
            return unexpected(e, uri);
        }
        FieldError error = JsonProblems.errorOf(e, this::enumValues);
        if (JsonProblems.isMalformed(e)) {
            return problem(400, "malformed-json", "Malformed JSON", "The body is not valid JSON.", uri,
                    List.of(error));
        }
        return problem(400, "invalid-input", "Invalid input", "The request has invalid fields.", uri, List.of(error));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, List.of());
    }

    /**
     * JAX-RS answers a query or path parameter it cannot convert with 404; the converter's own 400 (see
     * {@link ParamConverters}) is the truth.
     */
    @ServerExceptionMapper
    public Response noSuchPath(NotFoundException e, UriInfo uri) {
        Optional<InvalidInputException> invalid = causeOf(e, InvalidInputException.class);
        if (invalid.isPresent()) {
            return invalidInput(invalid.get(), uri);
        }
        return problem(404, "not-found", "Not found", "No resource at this address.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictProblem e, UriInfo uri) {
        return problem(409, "conflict", "Conflict", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedProblem e, UriInfo uri) {
        return problem(412, "precondition-failed", "Precondition failed", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response payloadTooLarge(PayloadTooLargeProblem e, UriInfo uri) {
        return problem(413, "payload-too-large", "Payload too large", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unsupportedType(UnsupportedTypeProblem e, UriInfo uri) {
        return problem(415, "unsupported-media-type", "Unsupported media type", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response rangeNotSatisfiable(RangeNotSatisfiableProblem e, UriInfo uri) {
        return Response.fromResponse(problem(416, "range-not-satisfiable", "Range not satisfiable", e.getMessage(),
                uri, List.of())).header("Content-Range", "bytes */" + e.size()).header("Accept-Ranges", "bytes")
                .build();
    }

    /** Two writers changed the same resource at once; the later one is told to read it again. */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return race(e, "optimistic lock", uri);
    }

    /** A unique violation, serialization failure or deadlock is a lost race (see {@link WriteRaces}); else a bug. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        // A malformed claim in a signed token (TokenClaims) is said; other failures are not detailed to the caller.
        String detail = e instanceof AuthenticationFailedException failed
                && failed.getAttributes().containsKey(TokenClaims.CLAIM_ATTRIBUTE)
                        ? failed.getMessage() : "A valid bearer token is required.";
        return Response.fromResponse(problem(401, "unauthenticated", "Unauthenticated", detail, uri, List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role does not allow this." : e.getMessage();
        return problem(403, "forbidden", "Forbidden", detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Optional<JsonProcessingException> json = causeOf(e, JsonProcessingException.class);
        if (json.isPresent()) {
            return json(json.get(), uri);
        }
        Optional<InvalidInputException> invalid = causeOf(e, InvalidInputException.class);
        if (invalid.isPresent()) {
            return invalidInput(invalid.get(), uri);
        }
        return problem(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(),
                uri, List.of());
    }

    /** Anything else is a bug (500), unless it wraps a lost race or refused input, as commit failures do. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Optional<String> race = WriteRaces.raceIn(e);
        if (race.isPresent()) {
            return race(e, race.get(), uri);
        }
        Optional<InvalidInputException> invalid = causeOf(e, InvalidInputException.class);
        if (invalid.isPresent()) {
            return invalidInput(invalid.get(), uri);
        }
        LOG.error("unexpected error at " + (uri == null ? "?" : uri.getPath()), e);
        return problem(500, "internal", "Internal error", "An unexpected error occurred; it has been logged.", uri,
                List.of());
    }

    /** The client did nothing wrong and may simply retry after reading again: INFO, not ERROR. */
    private static Response race(Exception e, String what, UriInfo uri) {
        LOG.infof("concurrent write lost (%s) at %s: %s", what, uri == null ? "?" : uri.getPath(), e);
        return problem(409, "conflict", "Conflict",
                "Someone else made the same change at the same time; read it again, then retry if still needed.",
                uri, List.of());
    }

    /**
     * The body every error answer has. The {@code errors} list is bounded ({@link #MAX_ERRORS}, the last entry
     * saying how many were left out), and so are its texts, so that a huge bad body cannot make a huge answer.
     */
    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(URI.create(TYPE_BASE + type), title, status, detail,
                uri == null ? null : uri.getPath(), bounded(errors));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    static final int MAX_ERRORS = 100;
    private static final int MAX_FIELD = 200;
    private static final int MAX_MESSAGE = 1000;

    static List<FieldError> bounded(List<FieldError> errors) {
        List<FieldError> kept = new ArrayList<>();
        for (FieldError error : errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS - 1) : errors) {
            kept.add(new FieldError(shorten(error.field(), MAX_FIELD), shorten(error.message(), MAX_MESSAGE)));
        }
        if (errors.size() > MAX_ERRORS) {
            kept.add(new FieldError("$", (errors.size() - MAX_ERRORS + 1) + " more errors were left out"));
        }
        return kept;
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** The values as the client writes them, whatever @JsonValue or @JsonProperty the enum uses. */
    private String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> json.convertValue(c, String.class))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** A PUT or PATCH of a shared object without If-Match (RFC 6585): the detail says how to get the ETag. */
    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredProblem e, UriInfo uri) {
        return problem(428, "precondition-required", "Precondition required", e.getMessage(), uri, List.of());
    }
}
