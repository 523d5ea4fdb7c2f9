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
     * @param now the instant the rules judge by (usually the clock's), in the supported range of dates
     * @return what the run created
     * @throws dev.crmkit.common.InvalidCommandException naming {@code now} when it is out of range, or the first bad
     *     part of a balance the {@code BalanceSource} reported ({@code balances[2].reference}: a reference of more than
     *     200 characters or with a NUL, a due date out of range); nothing is created then
     */
    RuleRun run(TenantId tenantId, Instant now);
}
