package dev.crmkit;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.PositionKeys;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.BoardCriteria;
import dev.crmkit.spi.ContactRepository.ContactPosition;
import dev.crmkit.spi.PipelineHistoryRepository;
import dev.crmkit.spi.TimelineRepository.TimelinePosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * The opaque cursors of keyset pagination: the listing's name, its sort and the last item's keys, each part
 * length-prefixed (so any text fits), in URL-safe Base64. A cursor of another listing or sort, or one that was
 * tampered with, is refused as invalid input naming {@code cursor}.
 */
final class Cursors {

    private static final String FIELD = "cursor";

    private Cursors() {}

    static String account(AccountCriteria criteria, AccountCriteria.AccountPosition position) {
        return encode("account", criteria.sort().name(), criteria.direction().name(),
                position.nameKey() != null ? position.nameKey() : position.instant().toString(), position.id().toString());
    }

    static AccountCriteria.AccountPosition account(String cursor, AccountCriteria criteria) {
        List<String> parts = decode(cursor, "account", 4);
        if (!parts.get(0).equals(criteria.sort().name()) || !parts.get(1).equals(criteria.direction().name())) {
            throw invalid();
        }
        return parse(() -> switch (criteria.sort()) {
            case NAME -> new AccountCriteria.AccountPosition(parts.get(2), null, AccountId.of(parts.get(3)));
            case CREATED, UPDATED ->
                    new AccountCriteria.AccountPosition(null, Instant.parse(parts.get(2)), AccountId.of(parts.get(3)));
        });
    }

    static String contact(ContactPosition position) {
        return encode("contact", position.nameKey(), position.id().toString());
    }

    static ContactPosition contact(String cursor) {
        List<String> parts = decode(cursor, "contact", 2);
        return parse(() -> new ContactPosition(parts.get(0), ContactId.of(parts.get(1))));
    }

    static String timeline(TimelinePosition position) {
        return encode("timeline", position.occurredAt().toString(), position.eventId().toString());
    }

    static TimelinePosition timeline(String cursor) {
        List<String> parts = decode(cursor, "timeline", 2);
        return parse(() -> new TimelinePosition(Instant.parse(parts.get(0)), EventId.of(parts.get(1))));
    }

    static String history(PipelineHistoryRepository.HistoryPosition position) {
        return encode("history", position.at().toString(), position.eventId().toString(), Integer.toString(position.index()));
    }

    static PipelineHistoryRepository.HistoryPosition history(String cursor) {
        List<String> parts = decode(cursor, "history", 3);
        return parse(() -> new PipelineHistoryRepository.HistoryPosition(
                Instant.parse(parts.get(0)), EventId.of(parts.get(1)), Integer.parseInt(parts.get(2))));
    }

    static String card(BoardCriteria criteria, BoardCriteria.CardPosition position) {
        return encode("card", criteria.order().name(),
                position.position() != null ? position.position() : position.instant().toString(), position.id().toString());
    }

    static BoardCriteria.CardPosition card(String cursor, BoardCriteria criteria) {
        List<String> parts = decode(cursor, "card", 3);
        if (!parts.get(0).equals(criteria.order().name())) {
            throw invalid();
        }
        return parse(() -> criteria.order() == BoardOrder.POSITION
                ? new BoardCriteria.CardPosition(PositionKeys.check(parts.get(1)), null, CardId.of(parts.get(2)))
                : new BoardCriteria.CardPosition(null, Instant.parse(parts.get(1)), CardId.of(parts.get(2))));
    }

    /** Encodes a listing's name and the parts of a position. */
    static String encode(String listing, String... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(listing);
            out.writeByte(parts.length);
            for (String part : parts) {
                out.writeUTF(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** Decodes a cursor of a listing with the expected number of parts. */
    static List<String> decode(String cursor, String listing, int expectedParts) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
            if (!in.readUTF().equals(listing) || in.readByte() != expectedParts) {
                throw invalid();
            }
            List<String> parts = new ArrayList<>(expectedParts);
            for (int i = 0; i < expectedParts; i++) {
                parts.add(in.readUTF());
            }
            if (in.available() > 0) {
                throw invalid();
            }
            return parts;
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidCommandException | DateTimeParseException | NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidCommandException invalid() {
        return InvalidCommandException.single(FIELD, "InvalidCursor");
    }
}
