package dev.crmkit.internal;

import dev.crmkit.common.DocumentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.spi.DocumentStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bytes in and out of the {@link DocumentStore} for documents and attachments: written while being counted,
 * digested (SHA-256) and held to the size limit; images checked against their declared type; read back with the
 * size and digest verified at the end.
 */
public final class Uploads {

    /** The image types a logo may have, with the first bytes each format starts with. */
    private static final Map<String, byte[][]> IMAGE_SIGNATURES = Map.of(
            "image/png", new byte[][] {{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}},
            "image/jpeg", new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}},
            "image/gif", new byte[][] {"GIF87a".getBytes(StandardCharsets.US_ASCII), "GIF89a".getBytes(StandardCharsets.US_ASCII)},
            "image/webp", new byte[][] {"RIFF".getBytes(StandardCharsets.US_ASCII)});

    private Uploads() {}

    /** The image media types a logo may have. */
    public static Set<String> imageTypes() {
        return IMAGE_SIGNATURES.keySet();
    }

    /**
     * Stores bytes, refusing more than the limit, an empty file, or (when {@code imageType} is given) bytes that do
     * not start as that image type does. Whatever was written is deleted again when anything fails.
     *
     * @return the size and hex SHA-256 of the stored bytes
     */
    public static Stored write(DocumentStore store, TenantId tenantId, DocumentId id, InputStream content, long maxBytes,
            String imageType) {
        Counting counting = new Counting(content, maxBytes);
        try {
            InputStream source = counting;
            if (imageType != null) {
                PushbackInputStream peek = new PushbackInputStream(counting, 12);
                byte[] head = peek.readNBytes(12);
                peek.unread(head);
                if (!startsAs(head, imageType)) {
                    throw InvalidCommandException.single("content", "ContentMismatch", imageType);
                }
                source = peek;
            }
            store.write(tenantId, id, source);
            if (counting.count == 0) {
                throw InvalidCommandException.single("content", "NotEmpty");
            }
            return new Stored(counting.count, HexFormat.of().formatHex(counting.digest.digest()));
        } catch (IOException e) {
            store.delete(tenantId, id);
            throw new StoreException("reading the uploaded bytes", e);
        } catch (RuntimeException e) {
            store.delete(tenantId, id);
            throw e;
        }
    }

    /**
     * Opens stored bytes whose size and SHA-256 are checked when the reader reaches their end; a mismatch is reported
     * in the reader's locale, naming the record ({@code entity}, a message key suffix) by its id.
     */
    public static InputStream read(DocumentStore store, TenantId tenantId, DocumentId id, long size, String sha256, String entity,
            Locale locale) {
        return new Verifying(store.read(tenantId, id), id, size, sha256, entity, locale);
    }

    /** Copies stored bytes under a new id (a base card's attachment for a new card). */
    public static void copy(DocumentStore store, TenantId tenantId, DocumentId from, DocumentId to, long size, String sha256,
            Locale locale) {
        try (InputStream in = read(store, tenantId, from, size, sha256, "attachment", locale)) {
            store.write(tenantId, to, in);
        } catch (IOException e) {
            throw new StoreException("copying attachment " + from, e);
        }
    }

    private static boolean startsAs(byte[] head, String mediaType) {
        byte[][] signatures = IMAGE_SIGNATURES.get(mediaType);
        if (signatures == null) {
            return false;
        }
        for (byte[] signature : signatures) {
            if (head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length)) {
                return !"image/webp".equals(mediaType)
                        || (head.length >= 12 && new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP"));
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** What the store received. */
    public record Stored(long size, String sha256) {}

    /** Counts and digests the bytes read, and refuses more than the limit. */
    private static final class Counting extends FilterInputStream {

        private final MessageDigest digest = sha256();
        private final long limit;
        private long count;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                digest.update((byte) b);
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw InvalidCommandException.single("content", "TooLarge", limit);
            }
        }
    }

    /** Checks the bytes against the stored size and SHA-256 when the reader reaches their end. */
    private static final class Verifying extends FilterInputStream {

        private final MessageDigest digest = sha256();
        private final DocumentId id;
        private final long size;
        private final String sha256;
        private final String entity;
        private final Locale locale;
        private long count;
        private boolean checked;

        Verifying(InputStream in, DocumentId id, long size, String sha256, String entity, Locale locale) {
            super(in);
            this.id = id;
            this.size = size;
            this.sha256 = sha256;
            this.entity = entity;
            this.locale = locale;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            } else {
                digest.update((byte) b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                check();
            } else {
                digest.update(buffer, offset, n);
                count += n;
            }
            return n;
        }

        private void check() {
            if (checked) {
                return;
            }
            checked = true;
            if (count != size || !HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                // Read after the use case has returned: the error carries the reader's locale itself.
                throw StoreException.damaged(entity, "documentId", id, locale);
            }
        }
    }
}
