package dev.crmkit.account;

import java.util.List;

/**
 * The result of creating an account: the account, and the accounts in the actor's scope whose names look like
 * its names (possible duplicates to review), most similar first.
 *
 * @param account the stored account
 * @param similar the possible duplicates
 */
public record AccountCreation(Account account, List<DuplicateCandidate> similar) {

    /** Copies the candidates. */
    public AccountCreation {
        similar = List.copyOf(similar);
    }
}
