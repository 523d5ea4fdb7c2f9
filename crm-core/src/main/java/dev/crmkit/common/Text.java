package dev.crmkit.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalization shared by uniqueness checks, search and duplicate detection. */
public final class Text {

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {}

    /**
     * The key two names are compared by for uniqueness: surrounding blanks removed, inner runs of blanks
     * collapsed to one space, lower case ({@code "  ACME   Ltda "} and {@code "acme ltda"} share a key).
     *
     * @param name the name
     * @return the key, or {@code null} for {@code null}
     */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        return BLANKS.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * The key of {@link #key(String)} with accents and other combining marks removed, for accent-insensitive
     * search and similarity ({@code "São João"} and {@code "sao joao"} share it).
     *
     * @param text the text
     * @return the folded key, or {@code null} for {@code null}
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(key(text), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /**
     * Trims a text and turns a blank one into {@code null}.
     *
     * @param text the text
     * @return the trimmed text, or {@code null} when it was {@code null} or blank
     */
    public static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
