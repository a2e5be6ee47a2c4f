package cn.gov.samr.campaigns.harness.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the contract checks saw in this JVM: responses validated and distinct violations per service, bad-input
 * requests sent and their server errors. Quarkus loads the filter once per application class loader, so each copy
 * of this class hands its records to the copy of the system class loader (JDK types only cross); that copy is the
 * one {@link ContractSummaryListener} prints when the test plan ends, and writes to
 * {@code target/openapi-contract/}.
 */
public final class ContractLedger {

    private static final Map<String, Tally> TALLIES = new TreeMap<>();
    private static final Class<?> HOME = home();

    private ContractLedger() {
    }

    /** {@code -Dcontract.report-only=true}: violations are recorded, not failed (kept here: JDK types only). */
    static boolean reportOnly() {
        return Boolean.getBoolean("contract.report-only");
    }

    /** One response checked against the contract of {@code service}; {@code violations} may be empty. */
    public static void recordResponse(String service, String operation, String[] violations) {
        forward("recordResponseHere", new Class<?>[] {String.class, String.class, String[].class}, service, operation,
                violations);
    }

    /** One bad-input sweep of {@code service}: requests sent and answers that were 5xx. */
    public static void recordSweep(String service, long requests, long serverErrors, long operations) {
        forward("recordSweepHere", new Class<?>[] {String.class, long.class, long.class, long.class}, service,
                requests, serverErrors, operations);
    }

    /** The one-line summaries, one per service, and writes them with the violations under {@code target/}. */
    public static List<String> summaries() {
        if (HOME != ContractLedger.class) {
            try {
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) HOME.getMethod("summaries").invoke(null);
                return lines;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        List<String> lines = new ArrayList<>();
        synchronized (TALLIES) {
            TALLIES.forEach((service, tally) -> lines.add(tally.line(service)));
            write();
        }
        return lines;
    }

    static void recordResponseHere(String service, String operation, String[] violations) {
        synchronized (TALLIES) {
            Tally tally = TALLIES.computeIfAbsent(service, s -> new Tally());
            tally.responses.incrementAndGet();
            tally.operations.add(operation);
            if (violations.length > 0) {
                tally.violatedResponses.incrementAndGet();
                for (String violation : violations) {
                    tally.violations.add(operation + " → " + violation);
                }
            }
        }
    }

    static void recordSweepHere(String service, long requests, long serverErrors, long operations) {
        synchronized (TALLIES) {
            Tally tally = TALLIES.computeIfAbsent(service, s -> new Tally());
            tally.sweepRequests.addAndGet(requests);
            tally.sweepServerErrors.addAndGet(serverErrors);
            tally.sweepOperations.addAndGet(operations);
        }
    }

    private static void write() {
        if (TALLIES.isEmpty()) {
            return;
        }
        try {
            Path dir = Path.of("target", "openapi-contract");
            Files.createDirectories(dir);
            for (Map.Entry<String, Tally> entry : TALLIES.entrySet()) {
                List<String> out = new ArrayList<>();
                out.add(entry.getValue().line(entry.getKey()));
                out.addAll(entry.getValue().violations);
                Files.write(dir.resolve(entry.getKey() + "-violations.txt"), out, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forward(String method, Class<?>[] types, Object... args) {
        try {
            Method target = HOME.getDeclaredMethod(method, types);
            target.setAccessible(true);
            target.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> home() {
        try {
            return Class.forName(ContractLedger.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            return ContractLedger.class; // the harness is not on the system class path: this copy keeps the count
        }
    }

    private static final class Tally {
        final AtomicLong responses = new AtomicLong();
        final AtomicLong violatedResponses = new AtomicLong();
        final Set<String> operations = new ConcurrentSkipListSet<>();
        final Set<String> violations = new ConcurrentSkipListSet<>();
        final AtomicLong sweepRequests = new AtomicLong();
        final AtomicLong sweepServerErrors = new AtomicLong();
        final AtomicLong sweepOperations = new AtomicLong();

        String line(String service) {
            String line = "OpenAPI contract, " + service + ": " + responses + " responses validated over "
                    + operations.size() + " operations, " + violatedResponses + " violating ("
                    + violations.size() + " distinct violations)";
            if (sweepRequests.get() > 0) {
                line += "; bad-input sweep: " + sweepRequests + " requests over " + sweepOperations
                        + " operations, " + sweepServerErrors + " answered 5xx";
            }
            return line + (reportOnly() ? " [report-only]" : "");
        }
    }
}
