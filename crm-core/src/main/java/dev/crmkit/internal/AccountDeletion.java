package dev.crmkit.internal;

import dev.crmkit.account.Account;
import dev.crmkit.account.Classification;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.contact.Contact;
import dev.crmkit.discount.DiscountWiring;
import dev.crmkit.document.Document;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.ContactEvent;
import dev.crmkit.event.DocumentEvent;
import dev.crmkit.event.RelationshipEvent;
import dev.crmkit.pipeline.PipelineWiring;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.DocumentStore;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Deleting an account with everything that hangs off it, in one unit of work: its contacts, relationships,
 * documents (their bytes after the commit), agenda entries, quotes, orders, discount policies, messages, campaign
 * memberships and timeline go; its cards stay, without their prospect. A customer
 * is never deleted, nor an account with service cases.
 */
public final class AccountDeletion {

    private AccountDeletion() {}

    /** Deletes an account with everything that hangs on it, in the use case's unit of work. */
    public static void delete(Context context, Account account, DocumentStore documentStore, String field) {
        if (account.classification() == Classification.CUSTOMER) {
            throw new RuleViolationException("account.customer", field, account.details().legalName());
        }
        // A case is the record of a service given: its account is kept as long as it has one.
        if (context.uow.cases().existsForAccount(account.id())) {
            throw new RuleViolationException("account.has-cases", field, account.details().legalName());
        }
        context.accountDeleted(account.id());
        for (Contact contact : byId(context.uow.contacts().deleteByAccount(account.id()), Contact::id)) {
            context.record(new ContactEvent.ContactRemoved(
                    context.meta(), contact.id(), contact.accountId(), contact.details().name()));
        }
        for (Relationship relationship : byId(context.uow.relationships().deleteByAccount(account.id()), Relationship::id)) {
            context.record(new RelationshipEvent.RelationshipRemoved(context.meta(), relationship.id(), relationship.from(),
                    relationship.to(), relationship.typeId()));
        }
        for (Document document : byId(context.uow.documents().deleteByAccount(account.id()), Document::id)) {
            context.record(new DocumentEvent.DocumentRemoved(context.meta(), document.id(), document.accountId(), document.title()));
            context.afterCommit(() -> documentStore.delete(context.uow.tenantId(), document.id()));
        }
        PipelineWiring.unlinkAccount(context, account.id());
        AgendaLinks.deleteOfAccount(context, account.id());
        // Its quotes go with it (they were offers to this account only); the account's deletion event says so.
        context.uow.quotes().deleteByAccount(account.id());
        // Consent decisions and opt-out tokens are personal data of the account's people: erased with it.
        context.uow.consents().deleteAccount(account.id());
        context.uow.orders().deleteByAccount(account.id());
        // A discount policy for this account alone has nobody left to apply to.
        DiscountWiring.deleteOfAccount(context, account.id());
        context.uow.messages().deleteByAccount(account.id());
        context.uow.campaigns().deleteAccount(account.id());
        context.uow.timeline().deleteByAccount(account.id());
        context.uow.accounts().delete(account);
        context.record(new AccountEvent.AccountDeleted(context.meta(), account.id(), account.details().legalName()));
    }

    /**
     * The records a store returned, in id order: stores return them in no particular order, and the events recorded for
     * them must come in the same order whatever the store.
     */
    public static <T, K extends Comparable<? super K>> List<T> byId(List<T> records, Function<T, K> id) {
        return records.stream().sorted(Comparator.comparing(id)).toList();
    }
}
