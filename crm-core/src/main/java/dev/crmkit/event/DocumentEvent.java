package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.document.DocumentKind;
import java.util.List;
import java.util.Set;

/** Events of a document; they show on its account's timeline. */
public sealed interface DocumentEvent extends DomainEvent, TimelineEvent {

    /** @return the document */
    DocumentId documentId();

    /** @return the document's account */
    AccountId accountId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("document", documentId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(accountId());
    }

    /**
     * A document was attached.
     *
     * @param meta the metadata
     * @param documentId the document
     * @param accountId its account
     * @param kind its kind
     * @param title its title
     * @param mediaType its media type
     * @param size its size in bytes
     * @param sha256 its hex SHA-256
     */
    record DocumentAttached(
            EventMeta meta, DocumentId documentId, AccountId accountId, DocumentKind kind, String title, String mediaType,
            long size, String sha256) implements DocumentEvent {}

    /**
     * A document's title or validity changed.
     *
     * @param meta the metadata
     * @param documentId the document
     * @param accountId its account
     * @param changes the changed fields
     */
    record DocumentUpdated(EventMeta meta, DocumentId documentId, AccountId accountId, List<FieldChange> changes)
            implements DocumentEvent {

        /** Copies the changes. */
        public DocumentUpdated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A document was removed.
     *
     * @param meta the metadata
     * @param documentId the document
     * @param accountId its account
     * @param title the title it had
     */
    record DocumentRemoved(EventMeta meta, DocumentId documentId, AccountId accountId, String title) implements DocumentEvent {}
}
