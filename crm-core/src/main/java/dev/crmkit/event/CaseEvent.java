package dev.crmkit.event;

import dev.crmkit.casework.CaseStatus;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.FieldChange;
import java.util.List;
import java.util.Set;

/**
 * Events of a service case. Each shows on its account's timeline and names the fields it changed, which the case's
 * history lists.
 */
public sealed interface CaseEvent extends DomainEvent, TimelineEvent {

    /** @return the case */
    CaseId caseId();

    /** @return the case's account */
    AccountId accountId();

    /** @return the case's number in the tenant */
    long number();

    /** @return the case's subject after the change */
    String subject();

    /** @return the fields the change set, with their values before and after */
    List<FieldChange> changes();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("case", caseId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(accountId());
    }

    /**
     * A case was opened.
     *
     * @param meta the metadata
     * @param caseId the case
     * @param accountId its account
     * @param number its number
     * @param subject its subject
     * @param changes every field it was opened with, from nothing
     */
    record CaseOpened(EventMeta meta, CaseId caseId, AccountId accountId, long number, String subject,
            List<FieldChange> changes) implements CaseEvent {

        /** Copies the changes. */
        public CaseOpened {
            changes = List.copyOf(changes);
        }
    }

    /**
     * What a case says, or who works on it, changed.
     *
     * @param meta the metadata
     * @param caseId the case
     * @param accountId its account
     * @param number its number
     * @param subject its subject after the change
     * @param changes the changed fields
     */
    record CaseUpdated(EventMeta meta, CaseId caseId, AccountId accountId, long number, String subject,
            List<FieldChange> changes) implements CaseEvent {

        /** Copies the changes. */
        public CaseUpdated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A case moved to another status.
     *
     * @param meta the metadata
     * @param caseId the case
     * @param accountId its account
     * @param number its number
     * @param subject its subject
     * @param from the status before
     * @param to the status after
     */
    record CaseStatusChanged(EventMeta meta, CaseId caseId, AccountId accountId, long number, String subject,
            CaseStatus from, CaseStatus to) implements CaseEvent {

        @Override
        public List<FieldChange> changes() {
            return List.of(new FieldChange("status", from.name(), to.name()));
        }
    }

    /**
     * A comment was added to a case.
     *
     * @param meta the metadata
     * @param caseId the case
     * @param accountId its account
     * @param number its number
     * @param subject its subject
     * @param commentId the comment
     * @param internal whether it is an internal note, never shown to the customer
     * @param text its text
     */
    record CaseCommented(EventMeta meta, CaseId caseId, AccountId accountId, long number, String subject,
            CommentId commentId, boolean internal, String text) implements CaseEvent {

        @Override
        public List<FieldChange> changes() {
            return List.of(new FieldChange((internal ? "internalComments[" : "comments[") + commentId + "]", null, text));
        }
    }

    /**
     * A file was attached to a case, or removed from it.
     *
     * @param meta the metadata
     * @param caseId the case
     * @param accountId its account
     * @param number its number
     * @param subject its subject
     * @param documentId the id the file's bytes are stored under
     * @param fileName the file's name
     * @param removed whether it was removed rather than attached
     */
    record CaseAttachmentChanged(EventMeta meta, CaseId caseId, AccountId accountId, long number, String subject,
            DocumentId documentId, String fileName, boolean removed) implements CaseEvent {

        @Override
        public List<FieldChange> changes() {
            String field = "attachments[" + documentId + "]";
            return List.of(removed ? new FieldChange(field, fileName, null) : new FieldChange(field, null, fileName));
        }
    }
}
