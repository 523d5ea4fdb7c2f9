package dev.crmkit.document;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountWiring;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Text;
import dev.crmkit.event.DocumentEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Orders;
import dev.crmkit.internal.Uploads;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.DocumentStore;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@link Documents} for one actor. The bytes go to the {@link DocumentStore} while the core counts them,
 * computes their SHA-256 and enforces the size limit; the metadata commits afterwards, and the bytes are
 * deleted again when it does not.
 */
final class DocumentService implements Documents {

    private final UseCases useCases;
    private final Caller actor;
    private final DocumentStore store;
    private final long maxBytes;

    DocumentService(UseCases useCases, Caller actor, DocumentStore store, long maxBytes) {
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
            Uploads.Stored bytes = Uploads.write(store, context.uow.tenantId(), id, Context.required(content, "content"),
                    maxBytes, command.kind() == DocumentKind.LOGO ? command.mediaType().toLowerCase(Locale.ROOT) : null);
            return new Stored(context.uow.tenantId(), bytes);
        });
        try {
            return useCases.write(actor, context -> {
                Account account = AccountGuard.visible(context, command.accountId(), "accountId");
                String title = Text.trimToNull(command.title()) == null ? command.fileName().strip() : command.title().strip();
                Document document = context.uow.documents().insert(Document.create(id, account.id(), command.kind(), title,
                        command.fileName().strip(), command.mediaType().toLowerCase(Locale.ROOT), stored.bytes().size(),
                        stored.bytes().sha256(), command.validFrom(), command.validUntil(), context.user.id(), context.now));
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
                AccountWiring.changeLogo(context, account, null);
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
            return new DocumentContent(document,
                    Uploads.read(store, context.uow.tenantId(), document.id(), document.size(), document.sha256(),
                            "document", context.locale));
        });
    }

    @Override
    public List<Document> ofAccount(AccountId accountId) {
        return useCases.read(actor, context -> {
            AccountGuard.visible(context, accountId, "accountId");
            return context.uow.documents().findByAccount(accountId).stream().sorted(Orders.DOCUMENTS_NEWEST_FIRST).toList();
        });
    }

    /** The account's previous logo goes; the new one takes its place. */
    private void replaceLogo(Context context, Account account, DocumentId logo) {
        account.logoId().flatMap(context.uow.documents()::findById).ifPresent(previous -> delete(context, previous));
        AccountWiring.changeLogo(context, account, logo);
    }

    private void delete(Context context, Document document) {
        context.uow.documents().delete(document);
        context.record(new DocumentEvent.DocumentRemoved(context.meta(), document.id(), document.accountId(), document.title()));
        TenantId tenantId = context.uow.tenantId();
        context.afterCommit(() -> store.delete(tenantId, document.id()));
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
        if (kind == DocumentKind.LOGO && !Uploads.imageTypes().contains(mediaType.toLowerCase(Locale.ROOT))) {
            problems.add("mediaType", "NotAnImage");
        }
        problems.throwIfAny();
    }

    /** The document, if it exists and its account is in the actor's scope; not found otherwise. */
    private static Document visible(Context context, DocumentId documentId) {
        Document document = context.uow.documents().findById(Context.required(documentId, "documentId"))
                .orElseThrow(() -> new NotFoundException("document", "documentId", documentId));
        AccountGuard.reachableFromRecord(context, document.accountId(), "document", "documentId", documentId);
        return document;
    }

    /** What the store received, for which tenant. */
    private record Stored(TenantId tenantId, Uploads.Stored bytes) {}
}
