package cn.gov.samr.campaigns.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes once, for every service, the parts of the OpenAPI document that follow from facts the annotations already
 * state: the shared problem schema, the error answers every operation of a kind can give, and the security as
 * Quarkus derived it from {@code @RolesAllowed}, {@code @Authenticated} and {@code @PermitAll}. Operation-specific
 * answers (a 409 with its reason, a 201 with its body) stay in the resources' annotations.
 *
 * <p>It runs at build time, so the document stored in {@code target/openapi} (the one the linters read) is the one
 * served at {@code /q/openapi}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        ProblemSchemas.register(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(StandardParameters::describe);
            }
            SecurityDeclaration.declare(operation);
            StandardResponses.complete(method, operation, components);
        }));
    }
}
