package cn.gov.samr.campaigns.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Security exactly as enforced. Quarkus adds {@code bearer} with the allowed roles as scopes to every
 * {@code @RolesAllowed} and {@code @Authenticated} operation; {@code @PermitAll} ones get nothing. Here an operation
 * without a requirement becomes explicitly anonymous ({@code security: []}), one that also names the empty
 * requirement ({@code [{}, {bearer: []}]}) is open to anonymous and signed-in callers alike, and the roles move from
 * the scopes (which OpenAPI tools read as OAuth2 scopes) into the description, where a reader looks for them.
 */
final class SecurityDeclaration {

    static final String SCHEME = "bearer";

    enum Kind {
        ANONYMOUS, OPTIONAL, REQUIRED
    }

    private SecurityDeclaration() {
    }

    static Kind of(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.stream().noneMatch(r -> r.hasScheme(SCHEME))) {
            return Kind.ANONYMOUS;
        }
        return security.stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty()) ? Kind.OPTIONAL
                : Kind.REQUIRED;
    }

    static void declare(Operation operation) {
        Kind kind = of(operation);
        TreeSet<String> roles = new TreeSet<>();
        List<SecurityRequirement> declared = new ArrayList<>();
        if (kind == Kind.OPTIONAL) {
            declared.add(OASFactory.createSecurityRequirement());
        }
        if (kind != Kind.ANONYMOUS) {
            operation.getSecurity().stream().map(SecurityRequirement::getSchemes).filter(s -> s != null)
                    .map(Map::values).forEach(scopes -> scopes.forEach(roles::addAll));
            declared.add(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of()));
        }
        operation.setSecurity(declared);
        String who = switch (kind) {
            case ANONYMOUS -> "**Who:** anyone; no token is needed.";
            case OPTIONAL -> "**Who:** anyone, anonymous included; with a bearer token the answer follows the "
                    + "caller's role (see above).";
            case REQUIRED -> roles.isEmpty() ? "**Who:** any signed-in caller (bearer token, any role)."
                    : "**Who:** bearer token with " + (roles.size() == 1 ? "the role " : "one of the roles ")
                            + String.join(", ", roles.stream().map(r -> "`" + r + "`").toList()) + ".";
        };
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? who : description + "\n\n" + who);
    }
}
