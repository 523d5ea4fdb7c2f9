package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * The part of an account another page shows when it names it ({@link AccountRepository#names}): its legal name,
 * and its responsibles, which decide whether the actor's scope admits it.
 *
 * @param id the account
 * @param legalName its legal name
 * @param responsibles its responsible users
 */
public record AccountName(AccountId id, String legalName, Set<UserId> responsibles) {

    /** Checks every part is present, and copies the responsibles. */
    public AccountName {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(legalName, "legalName");
        responsibles = Set.copyOf(responsibles);
    }
}
