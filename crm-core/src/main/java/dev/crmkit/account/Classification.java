package dev.crmkit.account;

import dev.crmkit.access.Tenant;
import dev.crmkit.common.Messages;
import java.util.Locale;

/** Where an account stands with the company. Every change is recorded in the account's timeline. */
public enum Classification {

    /** A possible customer not yet qualified by its interests. */
    LEAD,

    /** Fits the profile of a future customer and showed interest, but has not bought yet. */
    PROSPECT,

    /** Has a contracted commercial relationship with the company. */
    CUSTOMER,

    /** A fourth kind each tenant names itself ({@link Tenant#otherClassificationName()}). */
    OTHER;

    /**
     * The name people see: the tenant's own name for {@link #OTHER}, the library's translation otherwise.
     *
     * @param tenant the tenant
     * @param locale the reader's locale
     * @return the label
     */
    public String label(Tenant tenant, Locale locale) {
        return this == OTHER ? tenant.otherClassificationName() : Messages.format(locale, "classification." + name());
    }
}
