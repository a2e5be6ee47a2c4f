package cn.gov.samr.campaigns.platform.rest;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import cn.gov.samr.campaigns.platform.rest.Problem.FieldError;
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

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return problem(400, "malformed-json", "Malformed JSON", "The body is not valid JSON: " + e.getOriginalMessage(),
                uri, List.of(new FieldError("$", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr())));
    }

    /** Wrong type or unknown value for a field (an unknown enum constant, a date that is not a date...). */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        String message;
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "unknown value '" + invalid.getValue() + "'; expected one of " + enumValues(invalid.getTargetType());
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof InvalidFormatException invalid) {
            message = "'" + invalid.getValue() + "' is not a valid " + simpleType(invalid.getTargetType());
        } else {
            message = "expected " + simpleType(e.getTargetType());
        }
        return problem(400, "invalid-input", "Invalid input", "The request has invalid fields.", uri,
                List.of(new FieldError(field.isEmpty() ? "$" : field, message)));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, List.of());
    }

    /** JAX-RS answers a query parameter it cannot convert with 404; the converter's own 400 is the truth. */
    @ServerExceptionMapper
    public Response noSuchPath(NotFoundException e, UriInfo uri) {
        if (e.getCause() instanceof InvalidInputException invalid) {
            return invalidInput(invalid, uri);
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
        return problem(409, "conflict", "Conflict", "Someone else changed this resource meanwhile; read it again.",
                uri, List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthenticated", "Unauthenticated",
                "A valid bearer token is required.", uri, List.of())).header("WWW-Authenticate", "Bearer").build();
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
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return problem(400, "invalid-input", "Invalid input", mapping.getOriginalMessage(), uri, List.of());
        }
        return problem(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(),
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected error at " + uri.getPath(), e);
        return problem(500, "internal", "Internal error", "An unexpected error occurred; it has been logged.", uri,
                List.of());
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(URI.create(TYPE_BASE + type), title, status, detail,
                uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The values as the client writes them, whatever @JsonValue or @JsonProperty the enum uses. */
    private String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> json.convertValue(c, String.class))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String simpleType(Class<?> type) {
        return type == null ? "value" : type.getSimpleName();
    }

    /** A PUT or PATCH of a shared object without If-Match (RFC 6585): the detail says how to get the ETag. */
    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredProblem e, UriInfo uri) {
        return problem(428, "precondition-required", "Precondition required", e.getMessage(), uri, List.of());
    }
}
