package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Money;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A balance of an account the host reports as overdue.
 *
 * @param accountId the account
 * @param reference the host's reference of the debt (invoice number, ...), up to 200 characters; one reminder per
 *     reference
 * @param amount the overdue amount
 * @param dueDate the day it was due
 */
public record OverdueBalance(AccountId accountId, @Size(max = 200) String reference, Money amount, LocalDate dueDate) {

    /** Checks the parts are present. */
    public OverdueBalance {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
