package dev.crmkit.account;

/** The kinds of tax ids CRM Kit recognizes; which one a {@link TaxId} is follows from its country and length. */
public enum TaxIdKind {

    /** Brazil, natural person: 11 digits, two check digits (mod 11). */
    BR_CPF,

    /**
     * Brazil, legal person: 14 characters, two check digits (mod 11). Since July 2026 the first twelve may be
     * letters too (the alphanumeric CNPJ); a letter counts as its ASCII code minus 48.
     */
    BR_CNPJ,

    /**
     * Ecuador, natural person (cédula): 10 digits, province, third digit 0–5 (Ecuadorians) or 6 (foreign residents),
     * check digit (mod 10).
     */
    EC_CEDULA,

    /**
     * Ecuador, taxpayer (RUC): 13 digits; natural person, private company or public entity by the third digit. A
     * private company's check digit is not guaranteed by the SRI: a mismatch is a {@link TaxIdWarning}.
     */
    EC_RUC,

    /** Any other country: stored normalized, without a check. */
    OTHER
}
