package dev.crmkit.relationship;

import dev.crmkit.Actor;
import dev.crmkit.account.Account;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.Text;
import dev.crmkit.event.RelationshipEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Names;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.AccountName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** {@link Relationships} for one actor. */
public final class RelationshipService implements Relationships {

    private static final Comparator<RelatedAccount> ORDER = Comparator.comparing(RelatedAccount::direction)
            .thenComparing(r -> Text.sortKey(r.label()))
            .thenComparing(r -> Text.sortKey(r.otherAccountName()))
            .thenComparing(RelatedAccount::relationshipId);

    private final UseCases useCases;
    private final Actor actor;

    public RelationshipService(UseCases useCases, Actor actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public Relationship create(CreateRelationship command) {
        return useCases.write(actor, command, context -> {
            // A database store locks an account it reads for a write until the commit: both are read in one order, so
            // writers relating the same two accounts each its own way queue on the first instead of each holding one
            // and waiting for the other (a deadlock).
            if (command.fromAccountId().value().compareTo(command.toAccountId().value()) <= 0) {
                AccountGuard.visible(context, command.fromAccountId(), "fromAccountId");
                AccountGuard.visible(context, command.toAccountId(), "toAccountId");
            } else {
                AccountGuard.visible(context, command.toAccountId(), "toAccountId");
                AccountGuard.visible(context, command.fromAccountId(), "fromAccountId");
            }
            InvalidCommandException.Builder problems = InvalidCommandException.builder("CreateRelationship");
            CatalogEntry type = CatalogReferences.check(
                    context, problems, "typeId", command.typeId(), CatalogKind.RELATIONSHIP_TYPE, null);
            problems.throwIfAny();
            AccountId from = command.fromAccountId();
            AccountId to = command.toAccountId();
            if (from.equals(to)) {
                throw new RuleViolationException("relationship.self", "toAccountId");
            }
            CatalogDetails.Relationship details = (CatalogDetails.Relationship) type.details();
            boolean symmetric = Text.key(type.name()).equals(Text.key(details.inverseName()));
            var relationships = context.uow.relationships();
            if (relationships.exists(from, to, type.id()) || (symmetric && relationships.exists(to, from, type.id()))) {
                throw new RuleViolationException("relationship.duplicate", "toAccountId", type.name());
            }
            if (details.hierarchical() && relationships.pathExists(type.id(), to, from)) {
                throw new RuleViolationException("relationship.cycle", "toAccountId", type.name());
            }
            Relationship stored = relationships.insert(
                    Relationship.create(from, to, type.id(), command.reason(), context.user.id(), context.now));
            context.record(new RelationshipEvent.RelationshipCreated(
                    context.meta(), stored.id(), from, to, type.id(), stored.reason()));
            return stored;
        });
    }

    @Override
    public void remove(RelationshipId relationshipId) {
        useCases.write(actor, context -> {
            Relationship relationship = context.uow.relationships().findById(Context.required(relationshipId, "relationshipId"))
                    .orElseThrow(() -> new NotFoundException("relationship", "relationshipId", relationshipId));
            AccountGuard.ofRecord(context, relationship.from(), "relationship", "relationshipId", relationshipId);
            AccountGuard.ofRecord(context, relationship.to(), "relationship", "relationshipId", relationshipId);
            context.uow.relationships().delete(relationship);
            context.record(new RelationshipEvent.RelationshipRemoved(context.meta(), relationship.id(), relationship.from(),
                    relationship.to(), relationship.typeId()));
            return null;
        });
    }

    @Override
    public List<RelatedAccount> of(AccountId accountId) {
        return useCases.read(actor, context -> related(context, AccountGuard.visible(context, accountId, "accountId")));
    }

    /** An account's relationships, both ways, to accounts in the actor's scope, with names and labels. */
    public static List<RelatedAccount> related(Context context, Account account) {
        List<Relationship> relationships = context.uow.relationships().findByAccount(account.id());
        Names names = new Names();
        mentions(account, relationships, names);
        return related(context, account, relationships, names.load(context));
    }

    /** Notes the other accounts and the relationship types of an account's relationships. */
    public static void mentions(Account account, List<Relationship> relationships, Names names) {
        for (Relationship r : relationships) {
            names.account(r.from().equals(account.id()) ? r.to() : r.from());
            names.entry(r.typeId());
        }
    }

    /** The related accounts, with the names {@link #mentions} noted, loaded. */
    public static List<RelatedAccount> related(Context context, Account account, List<Relationship> relationships, Names names) {
        if (relationships.isEmpty()) {
            return List.of();
        }
        // The other accounts' names and responsibles only: their details are not on the page.
        List<AccountName> others = relationships.stream().map(r -> r.from().equals(account.id()) ? r.to() : r.from())
                .distinct().map(names.accounts()::get).filter(Objects::nonNull).toList();
        Predicate<AccountName> sees = AccountGuard.seesAll(context, others, AccountName::responsibles);
        Map<AccountId, AccountName> visible = others.stream().filter(sees)
                .collect(Collectors.toMap(AccountName::id, Function.identity()));
        Map<CatalogEntryId, CatalogEntry> typeEntries = names.entries();
        List<RelatedAccount> related = new ArrayList<>();
        for (Relationship r : relationships) {
            boolean outgoing = r.from().equals(account.id());
            AccountName other = visible.get(outgoing ? r.to() : r.from());
            CatalogEntry type = typeEntries.get(r.typeId());
            if (other == null || type == null) {
                continue;
            }
            String label = outgoing ? type.name() : ((CatalogDetails.Relationship) type.details()).inverseName();
            related.add(new RelatedAccount(r.id(), outgoing ? RelationshipDirection.OUTGOING : RelationshipDirection.INCOMING,
                    type.id(), label, other.id(), other.legalName(), r.reason(), r.createdAt()));
        }
        related.sort(ORDER);
        return related;
    }
}
