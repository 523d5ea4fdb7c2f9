package dev.crmkit.account;

import dev.crmkit.common.Text;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two names are, the way PostgreSQL's {@code pg_trgm} measures it: the share of trigrams (three-letter
 * pieces of each word, padded with two blanks in front and one behind) the two have in common, over the
 * trigrams either has. Names are {@linkplain Text#fold folded} first, so case and accents never matter
 * ({@code "São João Ltda"} and {@code "SAO JOAO LTDA"} are the same name).
 */
public final class NameSimilarity {

    /** The similarity from which two names are reported as possible duplicates. */
    public static final double THRESHOLD = 0.5;

    private NameSimilarity() {}

    /**
     * The trigrams of a name: for each word of letters and digits, padded as {@code "  word "}, every three
     * consecutive characters.
     *
     * @param name the name
     * @return the set of trigrams
     */
    public static Set<String> trigrams(String name) {
        Set<String> trigrams = new HashSet<>();
        String folded = Text.fold(name);
        if (folded == null) {
            return trigrams;
        }
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                trigrams.add(padded.substring(i, i + 3));
            }
        }
        return trigrams;
    }

    /**
     * The similarity of two names.
     *
     * @param a one name
     * @param b the other
     * @return from 0 (nothing in common) to 1 (the same trigrams)
     */
    public static double of(String a, String b) {
        Set<String> left = trigrams(a);
        Set<String> right = trigrams(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return (double) common.size() / (left.size() + right.size() - common.size());
    }
}
