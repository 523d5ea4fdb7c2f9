package dev.crmkit.pipeline;

import dev.crmkit.common.InvalidCommandException;

/**
 * Positions of cards inside a stage as fractional keys: strings over {@code 0-9a-z} compared as text, so a card
 * placed between two others gets a key between theirs and no other card is ever renumbered. Keys never end in
 * {@code '0'}, so there is always room before any key. Java's {@code String} order, code point order and
 * {@code COLLATE "C"} agree on these characters.
 */
public final class PositionKeys {

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();

    private PositionKeys() {}

    /**
     * A key strictly between two keys.
     *
     * @param before the key to come after, or {@code null} for the start of the stage
     * @param after the key to come before, or {@code null} for the end of the stage
     * @return a key {@code before < key < after}
     */
    public static String between(String before, String after) {
        String lo = before == null ? "" : before;
        if (after != null && lo.compareTo(after) >= 0) {
            throw new IllegalStateException("position " + lo + " is not before " + after);
        }
        StringBuilder key = new StringBuilder();
        String hi = after;
        for (int i = 0; ; i++) {
            int low = i < lo.length() ? digit(lo.charAt(i)) : 0;
            int high = hi != null && i < hi.length() ? digit(hi.charAt(i)) : BASE;
            if (low == high) {
                key.append(DIGITS.charAt(low));
                continue;
            }
            int middle = (low + high) / 2;
            if (middle > low) {
                return key.append(DIGITS.charAt(middle)).toString();
            }
            // high is low + 1: keep low here; from now on anything above lo's remainder fits below hi.
            key.append(DIGITS.charAt(low));
            hi = null;
        }
    }

    /**
     * Keys for cards appended in a row at the end of a stage: one key after {@code last}, extended by suffixes of one
     * width counting up, so the keys stay short (a few characters more than one key) however many cards come, where
     * {@link #between} called again and again grows the key by a character every few cards.
     *
     * @param last the stage's last key, or {@code null} for an empty stage
     * @param count how many keys
     * @return {@code count} keys in increasing order, each after {@code last}
     */
    public static java.util.List<String> appended(String last, int count) {
        java.util.List<String> keys = new java.util.ArrayList<>(count);
        if (count <= 0) {
            return keys;
        }
        String stem = between(last, null);
        int width = 1;
        // A suffix never ends in '0' (one value in BASE is skipped): room for count suffixes of this width.
        while (Math.pow(BASE, width) * (BASE - 1) / BASE < count + 1) {
            width++;
        }
        StringBuilder key = new StringBuilder();
        for (long n = 1; keys.size() < count; n++) {
            if (n % BASE == 0) {
                continue;
            }
            key.setLength(0);
            long rest = n;
            for (int i = 0; i < width; i++) {
                key.insert(0, DIGITS.charAt((int) (rest % BASE)));
                rest /= BASE;
            }
            keys.add(stem + key);
        }
        return keys;
    }

    /**
     * Checks a key has the shape this class makes.
     *
     * @param key the key
     * @return the key
     * @throws InvalidCommandException naming {@code position} otherwise
     */
    public static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > 200 || key.endsWith("0")
                || !key.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) {
            throw InvalidCommandException.single("position", "InvalidFormat");
        }
        return key;
    }

    private static int digit(char c) {
        int value = DIGITS.indexOf(c);
        if (value < 0) {
            throw new IllegalStateException("not a position key character: " + c);
        }
        return value;
    }
}
