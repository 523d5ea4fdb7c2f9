package dev.crmkit.internal;

import dev.crmkit.account.Account;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Text;
import dev.crmkit.relationship.RelatedAccount;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.relationship.RelationshipDirection;
import dev.crmkit.spi.AccountName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The related accounts of an account as an actor sees them: for the relationship listing and the account profile. */
public final class RelatedAccounts {

    private static final Comparator<RelatedAccount> ORDER = Comparator.comparing(RelatedAccount::direction)
            .thenComparing(r -> Text.sortKey(r.label()))
            .thenComparing(r -> Text.sortKey(r.otherAccountName()))
            .thenComparing(RelatedAccount::relationshipId);

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

    private RelatedAccounts() {}
}
