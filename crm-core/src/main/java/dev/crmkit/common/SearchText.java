package dev.crmkit.common;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * The one definition of "text search" every adapter implements the same way. A record is searchable through
 * two documents: a text document (its searchable fields {@linkplain Text#fold folded}, one per line) and a
 * digits document (the {@linkplain Text#digits digits} of its phone numbers and tax id, one per line). A query
 * matches when its folded text is a substring of the text document, or when it has at least three digits and
 * they are a substring of the digits document. An adapter can store both documents in columns and answer with
 * two {@code LIKE '%...%'} conditions (with trigram indexes on PostgreSQL).
 */
public final class SearchText {

    /** The fewest digits a query needs before its digits are searched on their own. */
    public static final int MIN_DIGITS = 3;

    private SearchText() {}

    /**
     * A text document.
     *
     * @param fields the searchable fields; {@code null}s are skipped
     * @return the folded fields, one per line
     */
    public static String textDocument(Iterable<String> fields) {
        StringJoiner document = new StringJoiner("\n");
        for (String field : fields) {
            String folded = Text.fold(field);
            if (folded != null && !folded.isEmpty()) {
                document.add(folded);
            }
        }
        return document.toString();
    }

    /**
     * A digits document.
     *
     * @param fields the fields whose digits are searchable; {@code null}s and fields without digits are skipped
     * @return the digits of each field, one per line
     */
    public static String digitsDocument(Iterable<String> fields) {
        StringJoiner document = new StringJoiner("\n");
        for (String field : fields) {
            String digits = Text.digits(field);
            if (digits != null && !digits.isEmpty()) {
                document.add(digits);
            }
        }
        return document.toString();
    }

    /**
     * A search query.
     *
     * @param folded the folded query text, never empty
     * @param digits the query's digits when it has at least {@value #MIN_DIGITS}, otherwise {@code null}
     */
    public record Query(String folded, String digits) {

        /** Checks the text is present. */
        public Query {
            Objects.requireNonNull(folded, "folded");
        }

        /**
         * The query of a text a user typed.
         *
         * @param text the text
         * @return the query, or {@code null} when the text is blank (no filter)
         */
        public static Query of(String text) {
            String folded = Text.fold(text);
            if (folded == null || folded.isEmpty()) {
                return null;
            }
            String digits = Text.digits(text);
            return new Query(folded, digits.length() >= MIN_DIGITS ? digits : null);
        }

        /**
         * Whether a record with these documents matches.
         *
         * @param textDocument the record's text document
         * @param digitsDocument the record's digits document
         * @return {@code true} when the record matches
         */
        public boolean matches(String textDocument, String digitsDocument) {
            return textDocument.contains(folded) || (digits != null && digitsDocument.contains(digits));
        }
    }
}
