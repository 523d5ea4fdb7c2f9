package dev.crmkit.account;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.common.Page;
import dev.crmkit.contact.Contact;
import dev.crmkit.document.Document;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.relationship.RelatedAccount;
import java.util.List;

/**
 * Everything about one account in one call.
 *
 * @param account the account
 * @param classificationLabel its classification as the tenant names it, in the reader's language
 * @param contacts its contacts, by name
 * @param relationships its relationships both ways, to accounts in the reader's scope
 * @param documents its documents, newest first
 * @param openCards its open cards (opportunities in progress) in the pipelines the reader uses, latest first
 * @param closedCards its archived, lost and converted cards in those pipelines, latest first
 * @param pendingEntries its pending agenda entries, by schedule (unscheduled last)
 * @param doneEntries its concluded agenda entries, latest concluded first
 * @param timeline the newest page of its timeline ({@link Accounts#timeline} pages on)
 */
public record AccountProfile(
        Account account,
        String classificationLabel,
        List<Contact> contacts,
        List<RelatedAccount> relationships,
        List<Document> documents,
        List<CardSummary> openCards,
        List<CardSummary> closedCards,
        List<AgendaEntry> pendingEntries,
        List<AgendaEntry> doneEntries,
        Page<TimelineEntry> timeline) {

    /** Copies the lists. */
    public AccountProfile {
        contacts = List.copyOf(contacts);
        relationships = List.copyOf(relationships);
        documents = List.copyOf(documents);
        openCards = List.copyOf(openCards);
        closedCards = List.copyOf(closedCards);
        pendingEntries = List.copyOf(pendingEntries);
        doneEntries = List.copyOf(doneEntries);
    }
}
