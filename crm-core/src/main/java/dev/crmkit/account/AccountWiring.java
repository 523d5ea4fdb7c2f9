package dev.crmkit.account;

import dev.crmkit.common.Changed;
import dev.crmkit.common.DocumentId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private services of accounts for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class AccountWiring {

    // Adapters rebuild this capability's aggregates through StoredRecords, which reaches the package-private
    // factories only through what is registered here.
    static {
        StoredRecords.register(StoredRecords.AccountFactory.class, Account::reconstitute);
    }

    private AccountWiring() {}

    /**
     * The accounts in the actor's scope.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Accounts accounts(Session session) {
        return new AccountService(session.useCases(), session.caller(), session.documentStore());
    }

    /**
     * Sets or clears an account's logo, in the running use case, with its history: the document capability calls it
     * when a logo is uploaded or its document removed.
     *
     * @param context the running use case
     * @param account the account, as loaded in this use case
     * @param logoId the new logo, or {@code null} to clear it
     */
    public static void changeLogo(Context context, Account account, DocumentId logoId) {
        Changed<Account> changed = account.withLogo(logoId, context.now);
        context.uow.accounts().update(changed.value());
        context.record(new AccountEvent.AccountUpdated(context.meta(), account.id(), changed.changes()));
    }

    /**
     * Makes an account a customer, in the running use case: the pipeline capability calls it when a card is converted
     * to a customer. Nothing is stored or recorded when it is a customer already.
     *
     * @param context the running use case
     * @param account the account, as loaded in this use case
     */
    public static void makeCustomer(Context context, Account account) {
        Changed<Account> classified = account.classify(Classification.CUSTOMER, context.now);
        if (classified.changed()) {
            context.uow.accounts().update(classified.value());
            context.record(new AccountEvent.AccountClassified(context.meta(), account.id(), account.classification(),
                    Classification.CUSTOMER));
        }
    }
}
