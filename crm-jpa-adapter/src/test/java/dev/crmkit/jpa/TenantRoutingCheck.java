package dev.crmkit.jpa;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.lifecycle.AfterContainerHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fails a test class when a statement it made the PostgreSQL store run could not be routed to one tenant's shard
 * ({@link TenantRouting}). Registered for every class of this module, through the service loader, with both engines
 * the kit uses (jqwik and JUnit Jupiter); each check takes what was recorded since the one before, so no statement
 * goes unchecked. The totals so far are logged and written to {@code target/tenant-routing.txt}.
 */
public final class TenantRoutingCheck implements AfterContainerHook, AfterAllCallback {

    private static final Logger LOG = LoggerFactory.getLogger(TenantRouting.class);
    private static final Path TOTALS = Path.of("target", "tenant-routing.txt");

    /** Created by the service loader. */
    public TenantRoutingCheck() {}

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public void afterContainer(ContainerLifecycleContext context) {
        check(context.optionalContainerClass().map(Class::getSimpleName).orElse("the jqwik run"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check(context.getTestClass().map(Class::getSimpleName).orElse(context.getDisplayName()));
    }

    private static void check(String where) {
        TenantRouting recorder = TenantRouting.POSTGRES;
        List<String> violations = recorder.drain();
        recorder.writeTotals(TOTALS);
        LOG.info("Tenant routing after {}: {}", where, recorder.totals());
        if (!violations.isEmpty()) {
            throw new AssertionError(where + " ran statements on PostgreSQL that do not pin tenant_id by equality (outside"
                    + " the named cross-tenant sweep):\n  " + String.join("\n  ", violations));
        }
    }
}
