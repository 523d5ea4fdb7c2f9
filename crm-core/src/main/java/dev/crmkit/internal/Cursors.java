package dev.crmkit.internal;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Text;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.PositionKeys;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.BoardCriteria;
import dev.crmkit.spi.CaseCriteria;
import dev.crmkit.spi.ContactRepository.ContactPosition;
import dev.crmkit.spi.PipelineHistoryRepository;
import dev.crmkit.spi.TimelineRepository.TimelinePosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque cursors of keyset pagination: the listing's name, its sort and the last item's keys, each part
 * length-prefixed (so any text fits), then an authentication tag, in URL-safe Base64.
 *
 * <p>The tag is an HMAC-SHA-256 (its first 128 bits) of the tenant's id and the parts, under a key the
 * {@code Crm} holds ({@code CrmBuilder.cursorKey(byte[])}; a random one by default). A cursor is therefore only
 * ever read back as this library wrote it, for the tenant it was written for: one that was forged, tampered with,
 * written by a {@code Crm} with another key, or for another tenant, listing or sort, is refused as invalid input
 * naming {@code cursor}, before any of its parts reaches a store. The parts are range-checked all the same
 * (instants in {@link SupportedDates}, texts storable, ids well-formed), so a leaked key cannot turn a cursor
 * into anything but an ordinary position.
 */
public final class Cursors {

    /** The longest cursor text read; a cursor this library writes is far shorter. */
    public static final int MAX_LENGTH = 2_000;

    /** The fewest bytes of a cursor key a host may set. */
    public static final int MIN_KEY_BYTES = 32;

    /** The most bytes of a cursor key a host may set. */
    public static final int MAX_KEY_BYTES = 1_024;

    private static final String FIELD = "cursor";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_BYTES = 16;
    private static final int MAX_PART_LENGTH = 1_000;
    private static final int MAX_HISTORY_INDEX = 100_000;

    private final SecretKeySpec key;

    /**
     * Cursors authenticated with a key.
     *
     * @param key at least {@value #MIN_KEY_BYTES} bytes; copied
     */
    public Cursors(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        mac();
    }

    /** @return {@value #MIN_KEY_BYTES} random bytes from a strong source, the key of a {@code Crm} given none */
    public static byte[] randomKey() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** A cursor after an account of a query. */
    public String account(TenantId tenant, AccountCriteria criteria, AccountCriteria.AccountPosition position) {
        return encode(tenant, "account", criteria.sort().name(), criteria.direction().name(),
                position.nameKey() != null ? position.nameKey() : position.instant().toString(), position.id().toString());
    }

    /** The position an account cursor stands for, refused unless this key wrote it for these criteria. */
    public AccountCriteria.AccountPosition account(TenantId tenant, String cursor, AccountCriteria criteria) {
        List<String> parts = decode(tenant, cursor, "account", 4);
        if (!parts.get(0).equals(criteria.sort().name()) || !parts.get(1).equals(criteria.direction().name())) {
            throw invalid();
        }
        return parse(() -> switch (criteria.sort()) {
            case NAME -> new AccountCriteria.AccountPosition(parts.get(2), null, AccountId.of(parts.get(3)));
            case CREATED, UPDATED ->
                    new AccountCriteria.AccountPosition(null, instant(parts.get(2)), AccountId.of(parts.get(3)));
        });
    }

    /** A cursor after a contact of the directory. */
    public String contact(TenantId tenant, ContactPosition position) {
        return encode(tenant, "contact", position.nameKey(), position.id().toString());
    }

    /** The position a contact cursor stands for. */
    public ContactPosition contact(TenantId tenant, String cursor) {
        List<String> parts = decode(tenant, cursor, "contact", 2);
        return parse(() -> new ContactPosition(parts.get(0), ContactId.of(parts.get(1))));
    }

    /** A cursor after an entry of an account's timeline. */
    public String timeline(TenantId tenant, TimelinePosition position) {
        return encode(tenant, "timeline", position.occurredAt().toString(), position.eventId().toString());
    }

    /** The position a timeline cursor stands for. */
    public TimelinePosition timeline(TenantId tenant, String cursor) {
        List<String> parts = decode(tenant, cursor, "timeline", 2);
        return parse(() -> new TimelinePosition(instant(parts.get(0)), EventId.of(parts.get(1))));
    }

    /** A cursor after a message of the archive. */
    public String message(TenantId tenant, dev.crmkit.spi.MessageRepository.MessagePosition position) {
        return encode(tenant, "message", position.occurredAt().toString(), position.id().toString());
    }

    /** The position a message cursor stands for. */
    public dev.crmkit.spi.MessageRepository.MessagePosition message(TenantId tenant, String cursor) {
        List<String> parts = decode(tenant, cursor, "message", 2);
        return parse(() -> new dev.crmkit.spi.MessageRepository.MessagePosition(instant(parts.get(0)),
                dev.crmkit.common.MessageId.of(parts.get(1))));
    }

    /** A cursor after an entry of a pipeline's history. */
    public String history(TenantId tenant, PipelineHistoryRepository.HistoryPosition position) {
        return encode(tenant, "history", position.at().toString(), position.eventId().toString(),
                Integer.toString(position.index()));
    }

    /** The position a history cursor stands for. */
    public PipelineHistoryRepository.HistoryPosition history(TenantId tenant, String cursor) {
        List<String> parts = decode(tenant, cursor, "history", 3);
        return parse(() -> {
            int index = Integer.parseInt(parts.get(2));
            if (index < 0 || index > MAX_HISTORY_INDEX) {
                throw invalid();
            }
            return new PipelineHistoryRepository.HistoryPosition(instant(parts.get(0)), EventId.of(parts.get(1)), index);
        });
    }

    /** A cursor after a card of a board's stage. */
    public String card(TenantId tenant, BoardCriteria criteria, BoardCriteria.CardPosition position) {
        return encode(tenant, "card", criteria.order().name(),
                position.position() != null ? position.position() : position.instant().toString(), position.id().toString());
    }

    /** The position a card cursor stands for, refused unless this key wrote it for these criteria. */
    public BoardCriteria.CardPosition card(TenantId tenant, String cursor, BoardCriteria criteria) {
        List<String> parts = decode(tenant, cursor, "card", 3);
        if (!parts.get(0).equals(criteria.order().name())) {
            throw invalid();
        }
        return parse(() -> criteria.order() == BoardOrder.POSITION
                ? new BoardCriteria.CardPosition(PositionKeys.check(parts.get(1)), null, CardId.of(parts.get(2)))
                : new BoardCriteria.CardPosition(null, instant(parts.get(1)), CardId.of(parts.get(2))));
    }

    /** A cursor after a case of the queue. */
    public String caseQueue(TenantId tenant, CaseCriteria.QueuePosition position) {
        return encode(tenant, "case-queue", position.dueAt() == null ? "" : position.dueAt().toString(),
                position.id().toString());
    }

    /** The position a case-queue cursor stands for. */
    public CaseCriteria.QueuePosition caseQueue(TenantId tenant, String cursor) {
        List<String> parts = decode(tenant, cursor, "case-queue", 2);
        return parse(() -> new CaseCriteria.QueuePosition(parts.get(0).isEmpty() ? null : instant(parts.get(0)),
                CaseId.of(parts.get(1))));
    }

    /** Encodes a listing's name and the parts of a position, and appends their tag. */
    private String encode(TenantId tenant, String listing, String... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(listing);
            out.writeByte(parts.length);
            for (String part : parts) {
                out.writeUTF(part);
            }
            out.write(tag(tenant, bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** Decodes a cursor of a listing with the expected number of parts, once its tag proves this library wrote it. */
    private List<String> decode(TenantId tenant, String cursor, String listing, int expectedParts) {
        if (cursor == null || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (all.length <= TAG_BYTES) {
            throw invalid();
        }
        byte[] payload = Arrays.copyOf(all, all.length - TAG_BYTES);
        if (!MessageDigest.isEqual(tag(tenant, payload), Arrays.copyOfRange(all, payload.length, all.length))) {
            throw invalid();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (!in.readUTF().equals(listing) || in.readByte() != expectedParts) {
                throw invalid();
            }
            List<String> parts = new ArrayList<>(expectedParts);
            for (int i = 0; i < expectedParts; i++) {
                String part = in.readUTF();
                if (part.length() > MAX_PART_LENGTH || Text.unstorableAt(part) >= 0) {
                    throw invalid();
                }
                parts.add(part);
            }
            if (in.available() > 0) {
                throw invalid();
            }
            return parts;
        } catch (IOException e) {
            throw invalid();
        }
    }

    /** The tag of a payload for a tenant: the tenant's id, a separator no id holds, and the payload. */
    private byte[] tag(TenantId tenant, byte[] payload) {
        Mac mac = mac();
        mac.update(tenant.value().getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships HMAC-SHA-256; a key of any length suits it.
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    /** An instant of a cursor: ISO-8601, and in the supported range. */
    private static Instant instant(String text) {
        Instant instant = Instant.parse(text);
        if (!SupportedDates.contains(instant)) {
            throw invalid();
        }
        return instant;
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
