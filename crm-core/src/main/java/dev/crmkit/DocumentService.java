package dev.crmkit;

import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Text;
import dev.crmkit.document.AttachDocument;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentContent;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.document.Documents;
import dev.crmkit.document.UpdateDocument;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.DocumentEvent;
import dev.crmkit.spi.DocumentStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link Documents} for one actor. The bytes go to the {@link DocumentStore} while the core counts them,
 * computes their SHA-256 and enforces the size limit; the metadata commits afterwards, and the bytes are
 * deleted again when it does not.
 */
final class DocumentService implements Documents {

    /** Newest first, then by id. */
    static final Comparator<Document> NEWEST_FIRST =
            Comparator.comparing(Document::uploadedAt).thenComparing(Document::id).reversed();

    /** The image types a logo may have, with the first bytes each format starts with. */
    private static final Map<String, byte[][]> IMAGE_SIGNATURES = Map.of(
            "image/png", new byte[][] {{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}},
            "image/jpeg", new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}},
            "image/gif", new byte[][] {"GIF87a".getBytes(StandardCharsets.US_ASCII), "GIF89a".getBytes(StandardCharsets.US_ASCII)},
            "image/webp", new byte[][] {"RIFF".getBytes(StandardCharsets.US_ASCII)});

    private final UseCases useCases;
    private final Actor actor;
    private final DocumentStore store;
    private final long maxBytes;

    DocumentService(UseCases useCases, Actor actor, DocumentStore store, long maxBytes) {
        this.useCases = useCases;
        this.actor = actor;
        this.store = store;
        this.maxBytes = maxBytes;
    }

    @Override
    public Document attach(AttachDocument command, InputStream content) {
        DocumentId id = DocumentId.newId();
        Stored stored = useCases.read(actor, command, context -> {
            AccountGuard.visible(context, command.accountId(), "accountId");
            checkMetadata(command.kind(), command.mediaType(), command.validFrom(), command.validUntil(), "AttachDocument");
            return write(context.uow.tenantId(), id, command, Context.required(content, "content"));
        });
        try {
            return useCases.write(actor, context -> {
                Account account = AccountGuard.visible(context, command.accountId(), "accountId");
                String title = Text.trimToNull(command.title()) == null ? command.fileName().strip() : command.title().strip();
                Document document = context.uow.documents().insert(Document.create(id, account.id(), command.kind(), title,
                        command.fileName().strip(), command.mediaType().toLowerCase(Locale.ROOT), stored.size(),
                        stored.sha256(), command.validFrom(), command.validUntil(), context.user.id(), context.now));
                context.record(new DocumentEvent.DocumentAttached(context.meta(), id, account.id(), document.kind(),
                        document.title(), document.mediaType(), document.size(), document.sha256()));
                if (document.kind() == DocumentKind.LOGO) {
                    replaceLogo(context, account, id);
                }
                return document;
            });
        } catch (RuntimeException e) {
            store.delete(stored.tenantId(), id);
            throw e;
        }
    }

    @Override
    public Document update(UpdateDocument command) {
        return useCases.write(actor, command, context -> {
            Document current = visible(context, command.documentId());
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("document", current.id(), command.expectedVersion(), current.version());
            }
            checkMetadata(current.kind(), current.mediaType(), command.validFrom(), command.validUntil(), "UpdateDocument");
            var changed = current.describe(command.title().strip(), command.validFrom(), command.validUntil());
            if (!changed.changed()) {
                return current;
            }
            Document document = context.uow.documents().update(changed.value());
            context.record(new DocumentEvent.DocumentUpdated(context.meta(), document.id(), document.accountId(), changed.changes()));
            return document;
        });
    }

    @Override
    public void remove(DocumentId documentId) {
        useCases.write(actor, context -> {
            Document document = visible(context, documentId);
            Account account = AccountGuard.load(context, document.accountId(), "documentId");
            if (account.logoId().filter(document.id()::equals).isPresent()) {
                var changed = account.withLogo(null, context.now);
                context.uow.accounts().update(changed.value());
                context.record(new AccountEvent.AccountUpdated(context.meta(), account.id(), changed.changes()));
            }
            delete(context, document);
            return null;
        });
    }

    @Override
    public Document get(DocumentId documentId) {
        return useCases.read(actor, context -> visible(context, documentId));
    }

    @Override
    public DocumentContent open(DocumentId documentId) {
        return useCases.read(actor, context -> {
            Document document = visible(context, documentId);
            InputStream bytes = store.read(context.uow.tenantId(), document.id());
            return new DocumentContent(document, new Verifying(bytes, document));
        });
    }

    @Override
    public List<Document> ofAccount(AccountId accountId) {
        return useCases.read(actor, context -> {
            AccountGuard.visible(context, accountId, "accountId");
            return context.uow.documents().findByAccount(accountId).stream().sorted(NEWEST_FIRST).toList();
        });
    }

    /** The account's previous logo goes; the new one takes its place. */
    private void replaceLogo(Context context, Account account, DocumentId logo) {
        account.logoId().flatMap(context.uow.documents()::findById).ifPresent(previous -> delete(context, previous));
        var changed = account.withLogo(logo, context.now);
        context.uow.accounts().update(changed.value());
        context.record(new AccountEvent.AccountUpdated(context.meta(), account.id(), changed.changes()));
    }

    private void delete(Context context, Document document) {
        context.uow.documents().delete(document);
        context.record(new DocumentEvent.DocumentRemoved(context.meta(), document.id(), document.accountId(), document.title()));
        TenantId tenantId = context.uow.tenantId();
        context.afterCommit(() -> store.delete(tenantId, document.id()));
    }

    /** Streams the bytes to the store, counting them, digesting them and checking a logo's first bytes. */
    private Stored write(TenantId tenantId, DocumentId id, AttachDocument command, InputStream content) {
        Counting counting = new Counting(content, maxBytes);
        try {
            InputStream source = counting;
            if (command.kind() == DocumentKind.LOGO) {
                PushbackInputStream peek = new PushbackInputStream(counting, 12);
                byte[] head = peek.readNBytes(12);
                peek.unread(head);
                if (!startsAsDeclared(head, command.mediaType().toLowerCase(Locale.ROOT))) {
                    throw InvalidCommandException.single("content", "ContentMismatch", command.mediaType());
                }
                source = peek;
            }
            store.write(tenantId, id, source);
            if (counting.count == 0) {
                throw InvalidCommandException.single("content", "NotEmpty");
            }
            return new Stored(tenantId, counting.count, HexFormat.of().formatHex(counting.digest.digest()));
        } catch (IOException e) {
            store.delete(tenantId, id);
            throw new StoreException("reading the document's bytes", e);
        } catch (RuntimeException e) {
            store.delete(tenantId, id);
            throw e;
        }
    }

    private static boolean startsAsDeclared(byte[] head, String mediaType) {
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

    /** Only contracts carry validity dates, in order; a logo is an image. */
    private static void checkMetadata(
            DocumentKind kind, String mediaType, LocalDate validFrom, LocalDate validUntil, String command) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder(command);
        if (kind != DocumentKind.CONTRACT) {
            if (validFrom != null) {
                problems.add("validFrom", "OnlyForContract");
            }
            if (validUntil != null) {
                problems.add("validUntil", "OnlyForContract");
            }
        } else if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            problems.add("validUntil", "BeforeValidFrom");
        }
        if (kind == DocumentKind.LOGO && !IMAGE_SIGNATURES.containsKey(mediaType.toLowerCase(Locale.ROOT))) {
            problems.add("mediaType", "NotAnImage");
        }
        problems.throwIfAny();
    }

    /** The document, if it exists and its account is in the actor's scope. */
    private static Document visible(Context context, DocumentId documentId) {
        Document document = context.uow.documents().findById(Context.required(documentId, "documentId"))
                .orElseThrow(() -> new NotFoundException("document", "documentId", documentId));
        AccountGuard.requireVisible(context, AccountGuard.load(context, document.accountId(), "documentId"), "documentId");
        return document;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** What the store received. */
    private record Stored(TenantId tenantId, long size, String sha256) {}

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
        private final Document document;
        private long count;
        private boolean checked;

        Verifying(InputStream in, Document document) {
            super(in);
            this.document = document;
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
            if (count != document.size() || !HexFormat.of().formatHex(digest.digest()).equals(document.sha256())) {
                throw new StoreException("the bytes of document " + document.id() + " do not match their size and SHA-256", null);
            }
        }
    }
}
