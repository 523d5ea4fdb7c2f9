package dev.crmkit.account;

import dev.crmkit.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Creates an account. Its responsibles default to the acting user, and the account must end up in the actor's
 * access scope.
 *
 * <p>A tax id the registry's rules accept only with a warning ({@link TaxId#warning()}: an Ecuadorian company RUC
 * whose check digit does not match) is refused with the violation {@code TaxIdWarning} on {@code details.taxId},
 * unless the command accepts the warning; the account then records who accepted it, and when
 * ({@link Account#taxIdAcceptance()}).
 *
 * @param classification the classification; {@code null} means {@link Classification#LEAD}
 * @param details the account's details
 * @param responsibles the responsibles (active users of the tenant), or empty for the acting user
 * @param acceptTaxIdWarning whether the actor accepts the warning the tax id raises, having checked the number with
 *     its registry
 */
public record CreateAccount(
        Classification classification,
        @NotNull @Valid AccountDetails details,
        @Size(max = 50) Set<@NotNull UserId> responsibles,
        boolean acceptTaxIdWarning) {

    /**
     * Creates an account accepting no tax id warning.
     *
     * @param classification the classification; {@code null} means {@link Classification#LEAD}
     * @param details the account's details
     * @param responsibles the responsibles, or empty for the acting user
     */
    public CreateAccount(Classification classification, AccountDetails details, Set<UserId> responsibles) {
        this(classification, details, responsibles, false);
    }

    /**
     * A lead with the given details, the acting user responsible.
     *
     * @param details the details
     * @return the command
     */
    public static CreateAccount lead(AccountDetails details) {
        return new CreateAccount(Classification.LEAD, details, null);
    }
}
