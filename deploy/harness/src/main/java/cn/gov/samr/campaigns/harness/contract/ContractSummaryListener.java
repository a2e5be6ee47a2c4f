package cn.gov.samr.campaigns.harness.contract;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the contract summary (responses validated, violations, bad-input requests) when the test plan ends, one
 * line per service, and leaves the details in {@code target/openapi-contract/}. Registered with the JUnit
 * launcher by {@code META-INF/services}, so every test JVM that has the harness on its class path reports.
 */
public final class ContractSummaryListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        for (String line : ContractLedger.summaries()) {
            System.out.println("[contract] " + line);
        }
    }
}
