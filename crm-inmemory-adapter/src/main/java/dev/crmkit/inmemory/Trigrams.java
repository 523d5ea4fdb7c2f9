package dev.crmkit.inmemory;

import java.util.HashSet;
import java.util.Set;

/**
 * The three-character pieces of a search document, for the substring indexes: a text contains a query only
 * if it contains every piece of the query, so the indexes narrow a search to the rows that have them all.
 */
final class Trigrams {

    private Trigrams() {}

    /** Every three-character substring within one line of the document. */
    static Set<String> of(String document) {
        Set<String> trigrams = new HashSet<>();
        for (int i = 0; i + 3 <= document.length(); i++) {
            String piece = document.substring(i, i + 3);
            if (piece.indexOf('\n') < 0) {
                trigrams.add(piece);
            }
        }
        return trigrams;
    }
}
