package dev.crmkit.testkit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Everything an error shows to whoever logs or reports it: the message and the text of the error and of every cause
 * and suppressed error under it, to check that none of it carries SQL or personal data.
 */
public final class ErrorText {

    /** Words only a statement's text has. */
    private static final String[] SQL = {"select ", "insert into", "update crm_", "delete from", " where ", "values ("};

    private ErrorText() {}

    /**
     * The text of an error and of everything under it, lower-cased.
     *
     * @param error the error
     * @return every message and {@code toString} of the chain, one per line
     */
    public static String of(Throwable error) {
        StringBuilder text = new StringBuilder();
        collect(error, text, Collections.newSetFromMap(new IdentityHashMap<>()));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether an error's text quotes a statement.
     *
     * @param error the error
     * @return the first SQL word found, or {@code null}
     */
    public static String sqlIn(Throwable error) {
        String text = of(error);
        for (String word : SQL) {
            if (text.contains(word)) {
                return word;
            }
        }
        return null;
    }

    private static void collect(Throwable error, StringBuilder text, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return;
        }
        text.append(error).append('\n').append(error.getMessage()).append('\n');
        collect(error.getCause(), text, seen);
        for (Throwable suppressed : error.getSuppressed()) {
            collect(suppressed, text, seen);
        }
    }
}
