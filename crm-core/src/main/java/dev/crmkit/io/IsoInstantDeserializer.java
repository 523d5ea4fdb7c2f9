package dev.crmkit.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads an {@link Instant} written as {@link Instant#toString()} writes it ({@code 2026-11-30T12:58:07.123456Z}:
 * a four-digit year, UTC, a fraction of up to nine digits) from its digits, and every other form (an offset, a
 * number, a blank) through Jackson's own {@link InstantDeserializer}, with its rules and its errors.
 *
 * <p>Why: Jackson parses every instant through {@code DateTimeFormatter}, which builds a map of parsed fields per
 * value. The events of an account's timeline carry a few instants each, and parsing them was an eighth of an
 * account profile's CPU samples on PostgreSQL (JFR), more than the rest of the event's JSON.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    /** The shortest text read here: {@code uuuu-MM-ddTHH:mm:ssZ}. */
    private static final int SHORTEST = 20;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Instant instant = parse(p.getText());
            if (instant != null) {
                return instant;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }

    /**
     * The instant of a text in {@link Instant#toString()}'s form with a four-digit year, or {@code null} for any
     * other text (the caller then reads it the general way, and reports it if it is no instant at all).
     *
     * @param text the text
     * @return the instant, or {@code null}
     */
    static Instant parse(String text) {
        int length = text.length();
        if (length < SHORTEST || length > SHORTEST + 10 || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > SHORTEST) {
            // ".f" to ".fffffffff" between the seconds and the Z.
            int fraction = length - SHORTEST - 1;
            if (fraction < 1 || text.charAt(19) != '.') {
                return null;
            }
            nanos = digits(text, 20, 20 + fraction);
            if (nanos < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // a day the month does not have: Jackson's deserializer reports it
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number the ASCII digits of {@code text[from, to)} spell, or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
