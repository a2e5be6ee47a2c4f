package cn.gov.samr.campaigns.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** The parameters every list and every resource shares, described once where an annotation has not. */
final class StandardParameters {

    private StandardParameters() {
    }

    static void describe(Parameter parameter) {
        // a header the method reads through HttpHeaders is declared by name only: its value is text
        if (parameter.getSchema() == null && parameter.getContent() == null && parameter.getRef() == null) {
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.STRING));
        }
        if (parameter.getDescription() != null && !parameter.getDescription().isBlank()) {
            return;
        }
        String description = switch (parameter.getIn().name() + " " + parameter.getName()) {
            case "QUERY limit" -> "How many items a page holds at most, 1 to 200";
            case "QUERY cursor" -> "The next cursor of the previous page; leave out for the first page";
            case "PATH id" -> "The resource's id";
            default -> null;
        };
        parameter.setDescription(description);
    }
}
