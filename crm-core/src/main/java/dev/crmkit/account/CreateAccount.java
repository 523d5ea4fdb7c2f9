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
 * @param classification the classification; {@code null} means {@link Classification#LEAD}
 * @param details the account's details
 * @param responsibles the responsibles (active users of the tenant), or empty for the acting user
 */
public record CreateAccount(
        Classification classification,
        @NotNull @Valid AccountDetails details,
        @Size(max = 50) Set<@NotNull UserId> responsibles) {

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
