package dev.crmkit.account;

/**
 * What the registries' rules cannot settle about a well-formed tax id: the number may be real, but the library cannot
 * tell. A command stores such a number only when it accepts the warning; the account then records who accepted it,
 * and when ({@link TaxIdAcceptance}).
 */
public enum TaxIdWarning {

    /**
     * An Ecuadorian private-company RUC (third digit 9) whose check digit matches neither the private-company nor the
     * public-entity algorithm. The SRI does not generate private-company RUCs by an algorithm, and has registered some
     * that carry no valid check digit: only the SRI's own register can say whether this one exists.
     */
    UNVERIFIED_CHECK_DIGIT
}
