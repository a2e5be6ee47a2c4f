package cn.gov.samr.campaigns.event.repository;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.samr.campaigns.platform.repository.SqlRows;
import cn.gov.samr.campaigns.platform.rest.InvalidInputException;
import cn.gov.samr.campaigns.platform.security.DivisionHierarchy;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The division hierarchy as the division table has it, for the jurisdiction check; it replaces the platform's
 * code-prefix default ({@code Gbt2260Hierarchy}, a {@code @DefaultBean}). The table knows what codes do not: the
 * XPCC's cities (659001 石河子市...) are filed under Xinjiang by GB/T 2260 yet belong to the XPCC (660000), and the
 * XPCC's regiment farms lie in Xinjiang's counties but are run by an XPCC division-city ({@code administered_by}).
 * <p>
 * Read at startup (about 3,400 rows), again after a division release is loaded on this instance, and every
 * {@code event-service.divisions.refresh-every} (default 10 minutes) so that other instances pick a release up too.
 * Retired codes stay in the tree: an activity scheduled with one still resolves.
 */
@Startup
@ApplicationScoped
public class DivisionTree implements DivisionHierarchy {

    private static final Logger LOG = Logger.getLogger(DivisionTree.class);

    /**
     * Where a division hangs: its parent (null for a provincial unit), the provincial unit it reports through, the
     * unit that administers it when that is not its parent, and its validity.
     */
    record Node(String parent, String provincialUnit, String administeredBy, LocalDate validFrom, LocalDate validTo) {

        /** Whom the jurisdiction check climbs to: the administering unit where there is one, else the parent. */
        String up() {
            return administeredBy != null ? administeredBy : parent;
        }

        boolean isValidOn(LocalDate day) {
            return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
        }
    }

    /** Four levels today; the bound only keeps a cycle in bad data from hanging the check. */
    private static final int MAX_HOPS = 8;

    /**
     * The six columns the tree keeps, read straight through the pool: read as Hibernate entities, the 3,440
     * divisions came with their names, level and coordinates, a session and its persistence context, all dropped here
     * once the tree was built.
     */
    private static final String NODES = """
            select code, parent_code, provincial_unit, administered_by, valid_from, valid_to from division""";

    private final SqlRows rows;
    private volatile Map<String, Node> nodes;

    public DivisionTree(SqlRows rows) {
        this.rows = rows;
        this.nodes = read();
    }

    /** Reads the table again: after a release on this instance, and on a schedule for the others. */
    @Scheduled(every = "${event-service.divisions.refresh-every}", delayed = "${event-service.divisions.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        Map<String, Node> fresh = read();
        if (fresh.size() != nodes.size()) {
            LOG.infof("Division tree refreshed: %d divisions (was %d)", fresh.size(), nodes.size());
        }
        nodes = fresh;
    }

    private Map<String, Node> read() {
        // Outside a transaction (startup, scheduler, after a commit) SqlRows reads on an autocommit connection.
        return rows.list(NODES, Map.of(), rs -> Map.entry(rs.getString("code"),
                new Node(rs.getString("parent_code"), rs.getString("provincial_unit"), rs.getString("administered_by"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class))))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The code is known, current or retired: what an existing activity's division must be. */
    public boolean exists(String code) {
        return code != null && nodes.containsKey(code);
    }

    /** The code is current on {@code day}: what a new activity's division must be. */
    public boolean isCurrent(String code, LocalDate day) {
        Node node = code == null ? null : nodes.get(code);
        return node != null && node.isValidOn(day);
    }

    @Override
    public String provincialUnitOf(String code) {
        Node node = code == null ? null : nodes.get(code);
        return node == null ? null : node.provincialUnit();
    }

    /** The division and every division within it (the XPCC's cities and regiment farms for 660000 included). */
    public Set<String> subtree(String scope) {
        Map<String, Node> all = nodes;
        return all.keySet().stream().filter(code -> isWithin(all, code, scope)).collect(Collectors.toUnmodifiableSet());
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
     * True when {@code scope} is the division itself, the provincial unit it reports through, or a unit above it:
     * climbing by {@code administered_by} where set, else by the parent. A division is never within a scope of
     * another provincial unit: 659001 石河子市 is filed under 659000/650000 by GB/T 2260 but reports through the XPCC
     * (660000), so a Xinjiang scope does not reach it, nor the XPCC's regiment farms in Xinjiang's counties. Codes
     * the table does not know are within nothing, not even themselves.
     */
    @Override
    public boolean isWithin(String division, String scope) {
        return isWithin(nodes, division, scope);
    }

    private static boolean isWithin(Map<String, Node> nodes, String division, String scope) {
        Node node = division == null ? null : nodes.get(division);
        Node scopeNode = scope == null ? null : nodes.get(scope);
        if (node == null || scopeNode == null || !Objects.equals(node.provincialUnit(), scopeNode.provincialUnit())) {
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
            code = next == null ? null : next.up();
        }
        return false;
    }
}
