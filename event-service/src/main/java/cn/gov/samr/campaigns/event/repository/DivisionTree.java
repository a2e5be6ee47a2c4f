package cn.gov.samr.campaigns.event.repository;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.security.DivisionHierarchy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;

/**
 * The division hierarchy as the division table has it, for the jurisdiction check; it replaces the platform's
 * code-prefix default ({@code Gbt2260Hierarchy}, a {@code @DefaultBean}). The table knows what codes do not: the
 * XPCC's cities (659001 石河子市...) are filed under Xinjiang by GB/T 2260 yet belong to the XPCC (660000).
 * <p>
 * Divisions change only with a migration, so the table is read once, at startup (about 3,300 rows).
 */
@Startup
@ApplicationScoped
public class DivisionTree implements DivisionHierarchy {

    /** Where a division hangs: its parent (null for a provincial unit) and the provincial unit it reports through. */
    record Node(String parent, String provincialUnit) {
    }

    /** Three levels today; the bound only keeps a cycle in bad data from hanging the check. */
    private static final int MAX_HOPS = 8;

    private final Map<String, Node> nodes;

    public DivisionTree(DivisionRepository divisions) {
        // Built before any request: a transaction of its own gives the read its session.
        this.nodes = QuarkusTransaction.requiringNew().call(() -> divisions.listAll().stream()
                .collect(Collectors.toUnmodifiableMap(d -> d.code, d -> new Node(d.parentCode, d.provincialUnit))));
    }

    public boolean exists(String code) {
        return code != null && nodes.containsKey(code);
    }

    @Override
    public String provincialUnitOf(String code) {
        Node node = code == null ? null : nodes.get(code);
        return node == null ? null : node.provincialUnit();
    }

    /** The division and every division within it (the XPCC's cities for 660000 included). */
    public Set<String> subtree(String scope) {
        return nodes.keySet().stream().filter(code -> isWithin(code, scope)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The subtree of a division a caller named in {@code within}: null for none, a 400 naming {@code within} for a
     * code the table lacks (a bad query value, not a missing resource).
     */
    public Set<String> subtreeOf(String code) {
        if (code == null) {
            return null;
        }
        if (!exists(code)) {
            throw InvalidInputException.of("within", "no division has the code " + code);
        }
        return subtree(code);
    }

    /**
     * True when {@code scope} is the division itself, one of its ancestors, or the provincial unit it reports
     * through. Codes the table does not know are within nothing, not even themselves.
     */
    @Override
    public boolean isWithin(String division, String scope) {
        Node node = division == null ? null : nodes.get(division);
        if (node == null || scope == null || !nodes.containsKey(scope)) {
            return false;
        }
        if (scope.equals(node.provincialUnit())) {
            return true;
        }
        String code = division;
        for (int hops = 0; code != null && hops <= MAX_HOPS; hops++) {
            if (code.equals(scope)) {
                return true;
            }
            Node next = nodes.get(code);
            code = next == null ? null : next.parent();
        }
        return false;
    }
}
