package dev.crmkit.relationship;

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
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Names;
import dev.crmkit.internal.RelatedAccounts;
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
final class RelationshipService implements Relationships {

    private final UseCases useCases;
    private final Caller actor;

    RelationshipService(UseCases useCases, Caller actor) {
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
            AccountGuard.reachableFromRecord(context, relationship.from(), "relationship", "relationshipId", relationshipId);
            AccountGuard.reachableFromRecord(context, relationship.to(), "relationship", "relationshipId", relationshipId);
            context.uow.relationships().delete(relationship);
            context.record(new RelationshipEvent.RelationshipRemoved(context.meta(), relationship.id(), relationship.from(),
                    relationship.to(), relationship.typeId()));
            return null;
        });
    }

    @Override
    public List<RelatedAccount> of(AccountId accountId) {
        return useCases.read(actor, context -> RelatedAccounts.related(context, AccountGuard.visible(context, accountId, "accountId")));
    }

}
