package dev.crmkit.account;

import dev.crmkit.common.AccountId;

/**
 * An account whose name looks like another's (accent- and case-insensitive trigram similarity, as
 * {@link NameSimilarity} computes it).
 *
 * @param accountId the similar account
 * @param legalName its legal name
 * @param tradeName its trade name, or {@code null}
 * @param similarity from {@link NameSimilarity#THRESHOLD} to 1 (same name)
 */
public record DuplicateCandidate(AccountId accountId, String legalName, String tradeName, double similarity) {}
