package cn.gov.samr.campaigns.material;

import cn.gov.samr.campaigns.harness.quarkus.KafkaBrokerTestResource;
import cn.gov.samr.campaigns.harness.quarkus.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this service runs against the real PostgreSQL and the in-process KRaft broker. */
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "materials_test"))
public final class ServiceTestResources {

    private ServiceTestResources() {
    }
}
