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
     * collapsed to one space, lower case, in Unicode normalization form C ({@code "  ACME   Ltda "} and
     * {@code "acme ltda"} share a key, and so do a name typed with composed accents and the same name with
     * combining marks: {@code "Jos\u00e9"} and {@code "Jose\u0301"}).
     *
     * @param name the name
     * @return the key, or {@code null} for {@code null}
     */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        return nfc(collapse(name));
    }

    /**
     * A text in Unicode normalization form C: canonically equivalent texts (a composed accent, or the letter
     * followed by a combining mark) become the same characters. Cheap for a text already in that form.
     *
     * @param text the text
     * @return the text in form C, or {@code null} for {@code null}
     */
    public static String nfc(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Where a text holds a character no store keeps as it is: a NUL (which PostgreSQL refuses in text) or an
     * unpaired surrogate (half of a character outside the Basic Multilingual Plane, which UTF-8 cannot encode
     * and drivers replace with {@code ?}).
     *
     * @param text the text
     * @return the index of the first such character, or -1 when there is none (or the text is {@code null})
     */
    public static int unstorableAt(String text) {
        if (text == null) {
            return -1;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char ch = text.charAt(i);
            if (ch == '\u0000') {
                return i;
            }
            if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String collapse(String name) {
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
        // Form D of the collapsed text: the same for every canonically equivalent text, so no form C first.
        String decomposed = Normalizer.normalize(collapse(text), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /**
     * The key names sort by: {@link #fold(String)} without the characters outside the Basic Multilingual Plane
     * (emoji and the like). On what remains, Java's {@link String#compareTo(String)}, code point order and the
     * byte order of UTF-8 (PostgreSQL's {@code COLLATE "C"}) agree, so every adapter sorts names the same way.
     *
     * @param name the name
     * @return the sort key, or {@code null} for {@code null}
     */
    public static String sortKey(String name) {
        String folded = fold(name);
        if (folded == null || folded.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
            return folded;
        }
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isBmpCodePoint).forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * The decimal digits of a text, in order ({@code "+55 (11) 98765-4321"} gives {@code "5511987654321"}).
     *
     * @param text the text
     * @return the digits, empty when there are none, or {@code null} for {@code null}
     */
    public static String digits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
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
