package dev.crmkit.jpa;

import dev.crmkit.common.Text;

/**
 * Java functions the adapter's H2 migrations declare for the time they run ({@code CREATE ALIAS}), where H2 has no
 * SQL function of its own. Public only because H2 calls them by name; a host has no use for them.
 */
public final class H2Functions {

    private H2Functions() {}

    /**
     * A text in Unicode normalization form C, as {@link Text#nfc(String)} gives it (PostgreSQL's
     * {@code normalize(text, NFC)}).
     *
     * @param text the text, or {@code null}
     * @return the text in form C, or {@code null}
     */
    public static String nfc(String text) {
        return Text.nfc(text);
    }
}
