package dev.crmkit.internal;

import dev.crmkit.common.Messages;
import dev.crmkit.pipeline.HistoryEntry;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders a changed field for a reader: its name in the reader's language and its values as words (the names a
 * value referred to at the time, yes and no for flags, enum constants by their label). What has no words of its
 * own (a text, an amount, a date) reads as it was stored.
 */
public final class HistoryWords {

    /** The element id in a path such as {@code stages[<id>].name} or {@code comments[<id>]}. */
    private static final Pattern ELEMENT = Pattern.compile("\\[[^\\]]*\\]");

    private HistoryWords() {}

    /** A history entry with its field's label and its values in the reader's words. */
    public static HistoryEntry display(Locale locale, HistoryEntry entry) {
        return entry.displayed(label(locale, entry.field()),
                words(locale, entry.field(), entry.oldValue(), entry.oldName()),
                words(locale, entry.field(), entry.newValue(), entry.newName()));
    }

    /** A field's name in the reader's language; the field's path itself when the library has no word for it. */
    public static String label(Locale locale, String field) {
        String key = "field." + ELEMENT.matcher(field).replaceAll("");
        String label = Messages.format(locale, key);
        return label.equals(key) ? field : label;
    }

    /**
     * A value in the reader's words.
     *
     * @param field the field's path
     * @param value the raw value, or {@code null}
     * @param name the names it referred to at the time, or {@code null}
     * @return the words, or {@code null} when there was no value
     */
    public static String words(Locale locale, String field, String value, String name) {
        if (name != null) {
            return name;
        }
        if (value == null) {
            return null;
        }
        String key = "true".equals(value) || "false".equals(value) ? "value." + value
                : "value." + ELEMENT.matcher(field).replaceAll("") + "." + value;
        String words = Messages.format(locale, key);
        return words.equals(key) ? value : words;
    }
}
