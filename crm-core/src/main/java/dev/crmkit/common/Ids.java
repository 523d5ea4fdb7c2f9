package dev.crmkit.common;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Helpers shared by the typed id records: generation, null checks and parsing with field-named errors. */
final class Ids {

    /**
     * The last issued millisecond (high 48 bits) and counter (low 12 bits). Ids are process-wide
     * values, not state of one {@code Crm}: sharing the counter only makes them strictly increasing.
     */
    private static final AtomicLong LAST_TICK = new AtomicLong();

    /** The generator {@link IdSource#generatedBy} set for the work running on this thread, if any. */
    static final ThreadLocal<Supplier<UUID>> GENERATOR = new ThreadLocal<>();

    private Ids() {}

    /**
     * A time-ordered (version 7) UUID: ids generated close in time sort close together, which keeps
     * B-tree indexes of a database compact under inserts. Within one JVM they are strictly
     * increasing (RFC 9562, section 6.2, method 1: a 12-bit counter in {@code rand_a}), so events
     * written in the same microsecond still sort in the order they happened. Inside
     * {@link IdSource#generatedBy} the UUID comes from that generator instead.
     */
    static UUID timeOrdered() {
        Supplier<UUID> generator = GENERATOR.get();
        if (generator != null) {
            return Objects.requireNonNull(generator.get(), "generated id");
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long now = System.currentTimeMillis() << 12;
        // A counter overflowing 4096 ids in one millisecond borrows from the next one: still increasing.
        long tick = LAST_TICK.updateAndGet(last -> Math.max(last + 1, now));
        long mostSignificant = ((tick >>> 12) << 16) | 0x7000L | (tick & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }

    /**
     * Orders UUIDs as unsigned 128-bit numbers, which is also the order of their canonical text, of
     * PostgreSQL's {@code uuid} type and of H2's: the order every adapter breaks sort ties with.
     */
    static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidCommandException.single(field, "NotNull");
        }
        return value;
    }

    static UUID parseUuid(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidCommandException.single(field, "NotBlank");
        }
        String canonical = text.strip();
        // UUID.fromString also accepts shortened groups ("1-2-3-4-5") and signs; only the canonical form is an id:
        // 8-4-4-4-12 hexadecimal digits, in either case. Checked here rather than by writing the UUID back and
        // comparing, which cost a string per id read (events carry several).
        if (canonical.length() != 36) {
            throw InvalidCommandException.single(field, "InvalidFormat");
        }
        for (int i = 0; i < 36; i++) {
            char ch = canonical.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? ch != '-' : Character.digit(ch, 16) < 0 || ch > 'f') {
                throw InvalidCommandException.single(field, "InvalidFormat");
            }
        }
        return UUID.fromString(canonical);
    }

    /** Host-assigned keys: printable (no control character, no unpaired surrogate), no surrounding blanks, bounded length. */
    static String hostKey(String value, String field, int maxLength) {
        if (value == null) {
            throw InvalidCommandException.single(field, "NotNull");
        }
        if (value.isBlank()) {
            throw InvalidCommandException.single(field, "NotBlank");
        }
        if (value.length() > maxLength) {
            throw InvalidCommandException.single(field, "Size", 1, maxLength);
        }
        if (!value.equals(value.strip()) || hasControl(value) || Text.unstorableAt(value) >= 0) {
            throw InvalidCommandException.single(field, "InvalidFormat");
        }
        return value;
    }

    // A loop, not a stream: every id read back from a store passes here.
    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
