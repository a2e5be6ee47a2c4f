package cn.gov.samr.campaigns.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/**
 * The hierarchy written into GB/T 2260 codes themselves — {@code PP0000} a province, {@code PPCC00} a city in it,
 * {@code PPCCDD} a county in that city — corrected by the reference file {@code divisions/reporting-lines.csv} for
 * the divisions whose code misleads: the XPCC's cities (659001 石河子市...) are filed under Xinjiang's 659000 but
 * report through the XPCC (660000), and its regiment farms (nine-digit townships in Xinjiang's counties) are run by an
 * XPCC unit. The default where a service has no division tables of its own (material-service, report-service);
 * event-service answers from its table ({@code DivisionTree}), and a test there keeps the file and the table agreed.
 * <p>
 * A file, not events from event-service: the XPCC's units change with an official list, a release of the platform
 * follows it, and the check needs no broker or database at startup to be right.
 */
@ApplicationScoped
@DefaultBean
public class Gbt2260Hierarchy implements DivisionHierarchy {

    static final String REFERENCE = "divisions/reporting-lines.csv";

    /** Four levels today; the bound only keeps a cycle in bad data from hanging the check. */
    private static final int MAX_HOPS = 8;

    /** A division the code does not place: its parent, its provincial unit, who runs it when not its parent. */
    record Line(String parent, String provincialUnit, String administeredBy) {
    }

    private final Map<String, Line> lines;

    public Gbt2260Hierarchy() {
        this(read(REFERENCE));
    }

    Gbt2260Hierarchy(Map<String, Line> lines) {
        this.lines = Map.copyOf(lines);
    }

    /**
     * True when {@code scope} is the division itself, the provincial unit it reports through, or a unit above it,
     * climbing by who runs it (the file's administered-by, else its parent). Never across provincial units: Xinjiang
     * (650000) does not reach 659001 石河子市, which reports through the XPCC.
     */
    @Override
    public boolean isWithin(String division, String scope) {
        String unit = provincialUnitOf(division);
        if (unit == null || !isCode(scope) || !unit.equals(provincialUnitOf(scope))) {
            return false;
        }
        if (scope.equals(unit)) {
            return true;
        }
        String code = division;
        for (int hops = 0; code != null && hops <= MAX_HOPS; hops++) {
            if (code.equals(scope)) {
                return true;
            }
            code = up(code);
        }
        return false;
    }

    /** The file's provincial unit, else {@code PP0000} of the code; null for what is not a division code. */
    @Override
    public String provincialUnitOf(String division) {
        if (!isCode(division)) {
            return null;
        }
        Line line = lines.get(division);
        return line != null ? line.provincialUnit() : division.substring(0, 2) + "0000";
    }

    /** Whom the check climbs to: the unit that runs the division, else its parent; null above a province. */
    private String up(String code) {
        Line line = lines.get(code);
        if (line != null) {
            return line.administeredBy() != null ? line.administeredBy() : line.parent();
        }
        if (code.length() == 9) {
            return code.substring(0, 6);
        }
        if (code.endsWith("0000")) {
            return null;
        }
        return code.endsWith("00") ? code.substring(0, 2) + "0000" : code.substring(0, 4) + "00";
    }

    /** Six digits (province, city, county) or nine (a township, where the XPCC's regiment farms are). */
    private static boolean isCode(String code) {
        return code != null && (code.length() == 6 || code.length() == 9) && code.chars().allMatch(Character::isDigit);
    }

    static Map<String, Line> read(String resource) {
        InputStream in = Gbt2260Hierarchy.class.getClassLoader().getResourceAsStream(resource);
        Objects.requireNonNull(in, "the platform jar lacks " + resource);
        Map<String, Line> lines = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String row;
            boolean header = true;
            while ((row = reader.readLine()) != null) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                if (header) { // code,parent,provincial_unit,administered_by,name_zh
                    header = false;
                    continue;
                }
                String[] f = row.split(",", -1);
                if (f.length < 4 || !isCode(f[0]) || !isCode(f[1]) || !isCode(f[2])
                        || !f[3].isEmpty() && !isCode(f[3])) {
                    throw new IllegalStateException(resource + ": not a reporting line: " + row);
                }
                lines.put(f[0], new Line(f[1], f[2], f[3].isEmpty() ? null : f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
