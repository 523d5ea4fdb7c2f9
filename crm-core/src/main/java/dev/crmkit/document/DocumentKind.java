package dev.crmkit.document;

/** What a document is. */
public enum DocumentKind {

    /** A contract, which may carry validity dates. */
    CONTRACT,

    /** A legal paper (articles of association, registrations, ...). */
    LEGAL,

    /** The account's logo or photo: an image (PNG, JPEG, GIF or WebP); an account has at most one. */
    LOGO,

    /** Anything else. */
    OTHER
}
