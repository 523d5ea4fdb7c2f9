package dev.crmkit.agenda;

import dev.crmkit.common.TenantId;
import java.time.Instant;

/**
 * The agenda rules, for the host's scheduler (no acting user). Each rule creates its entry at most once per
 * trigger, however often and however concurrently it runs: the store refuses a second entry with the same
 * trigger key.
 */
public interface AgendaRules {

    /**
     * Runs every rule of a tenant as of an instant.
     *
     * @param tenantId the tenant
     * @param now the instant the rules judge by (usually the clock's)
     * @return what the run created
     */
    RuleRun run(TenantId tenantId, Instant now);
}
