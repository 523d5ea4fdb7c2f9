package dev.crmkit.spi;

import dev.crmkit.agenda.OverdueBalance;
import dev.crmkit.common.TenantId;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the agenda's payment-reminder rule learns about overdue balances: the host's billing implements it.
 * Called outside the CRM's units of work.
 */
@FunctionalInterface
public interface BalanceSource {

    /** A source that reports no balances (the default). */
    BalanceSource NONE = (tenantId, today) -> List.of();

    /**
     * The balances of a tenant that are overdue on a day.
     *
     * @param tenantId the tenant
     * @param today today in the tenant's time zone
     * @return the overdue balances; accounts the tenant does not have are ignored
     */
    List<OverdueBalance> overdueBalances(TenantId tenantId, LocalDate today);
}
