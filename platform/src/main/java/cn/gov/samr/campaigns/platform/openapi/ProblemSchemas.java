package cn.gov.samr.campaigns.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import cn.gov.samr.campaigns.platform.rest.Problem;

/**
 * The one problem schema every 4xx and 5xx answer refers to: platform's {@link Problem} record as the mappers write
 * it (RFC 9457, empty members omitted). {@code FieldError} is also the shape of an activity's warnings.
 */
final class ProblemSchemas {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String FIELD_ERROR_REF = "#/components/schemas/FieldError";

    private ProblemSchemas() {
    }

    static void register(Components components) {
        components.addSchema("FieldError", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One bad field or parameter: a body field by its path (e.g. window.end, slots[0].province), "
                        + "a query, path or header parameter by its own name (e.g. cursor, id); $ for the body as a whole.")
                .addProperty("field", text("The field or parameter", "window.end"))
                .addProperty("message", text("What is wrong with it", "must not be before window.start"))
                .required(List.of("field", "message")));
        components.addSchema("Problem", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details. Members without a value are omitted.")
                .addProperty("type", text("A URI naming the kind of problem",
                        "https://certification-campaigns.samr.gov.cn/problems/invalid-input").format("uri"))
                .addProperty("title", text("A short summary of the kind of problem", "Invalid input"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status code").examples(List.of(400)))
                .addProperty("detail", text("What went wrong with this request", "The request has invalid fields."))
                .addProperty("instance", text("The path of the request", "/api/v1/campaigns"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Each bad field or parameter (validation failures only); at most 100, the "
                                + "last then saying how many more were left out")
                        .maxItems(100)
                        .items(OASFactory.createSchema().ref(FIELD_ERROR_REF)))
                .required(List.of("type", "title", "status")));
    }

    /** The body of a problem answer. */
    static Content content() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).examples(List.of(example));
    }
}
