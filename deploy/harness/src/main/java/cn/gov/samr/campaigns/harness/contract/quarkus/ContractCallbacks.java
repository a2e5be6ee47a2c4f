package cn.gov.samr.campaigns.harness.contract.quarkus;

import java.lang.reflect.Method;

import cn.gov.samr.campaigns.harness.contract.ContractFilter;
import cn.gov.samr.campaigns.harness.contract.UncheckedByContract;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts the {@link ContractFilter} in front of every {@code @QuarkusTest} of any service that has the harness on
 * its test class path, without a line in the test classes. Quarkus finds these callbacks through
 * {@code META-INF/services} and calls them inside the application's class loader, the one whose RestAssured the
 * tests use; before the class so that {@code @BeforeAll} set-ups are checked too.
 */
public final class ContractCallbacks
        implements QuarkusTestBeforeClassCallback, QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        ContractFilter.install();
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ContractFilter.install();
        Method method = context.getTestMethod();
        UncheckedByContract unchecked = method.getAnnotation(UncheckedByContract.class);
        if (unchecked == null) {
            unchecked = method.getDeclaringClass().getAnnotation(UncheckedByContract.class);
        }
        ContractFilter.exempt(unchecked == null ? null : unchecked.value());
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        ContractFilter.exempt(null);
    }
}
