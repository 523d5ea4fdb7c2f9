package dev.crmkit.internal;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.CharacteristicFilter;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SearchText;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Text;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.spi.AccountCriteria;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Account queries as the account listing and the segments run them: a query resolved into the criteria an adapter
 * applies, and one keyset page of it.
 */
public final class AccountQueries {

    private AccountQueries() {}

    /**
     * One page of a query, in the actor's scope.
     *
     * @param context the unit of work and actor
     * @param cursors the cursor codec
     * @param query the query
     * @return the page, with its total when the query asks for it
     */
    public static Page<Account> page(Context context, Cursors cursors, AccountQuery query) {
        return page(context, cursors, query, true);
    }

    /**
     * One page of a query, in the actor's scope, leniently or not about the pipelines and stages it names.
     *
     * @param context the unit of work and actor
     * @param cursors the cursor codec
     * @param query the query
     * @param strict as {@link #criteria(Context, AccountQuery, boolean)} says
     * @return the page, with its total when the query asks for it
     */
    public static Page<Account> page(Context context, Cursors cursors, AccountQuery query, boolean strict) {
        AccountCriteria criteria = criteria(context, query, strict);
        AccountCriteria.AccountPosition after =
                query.cursor() == null ? null : cursors.account(context.uow.tenantId(), query.cursor(), criteria);
        List<Account> found = context.uow.accounts().find(criteria, after, query.pageSize() + 1);
        boolean more = found.size() > query.pageSize();
        List<Account> page = more ? found.subList(0, query.pageSize()) : found;
        String next = more
                ? cursors.account(context.uow.tenantId(), criteria, criteria.positionOf(page.get(page.size() - 1))) : null;
        Long total = query.includeTotal() ? context.uow.accounts().count(criteria) : null;
        return new Page<>(page, next, total);
    }

    /**
     * Resolves a query into the criteria an adapter applies, refusing bad filter values by their path.
     *
     * @param context the unit of work and actor
     * @param query the query
     * @return the criteria, the actor's access predicate included
     */
    public static AccountCriteria criteria(Context context, AccountQuery query) {
        return criteria(context, query, true);
    }

    /**
     * Resolves a query into criteria, leniently or not about the pipelines and stages it names.
     *
     * @param context the unit of work and actor
     * @param query the query
     * @param strict whether a pipeline or stage the actor does not see is refused; when not (a saved query read by
     *     another user, or after a pipeline went away), it only matches no card
     * @return the criteria, the actor's access predicate included
     */
    public static AccountCriteria criteria(Context context, AccountQuery query, boolean strict) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("AccountQuery");
        AccountCriteria criteria = criteria(context, query, strict, problems, "");
        problems.throwIfAny();
        return criteria;
    }

    /**
     * Checks a query that is part of a command, adding its problems under a path prefix.
     *
     * @param context the unit of work and actor
     * @param query the query
     * @param problems the command's problems
     * @param prefix the path of the query in the command, with its trailing dot ({@code "criteria."})
     */
    public static void check(Context context, AccountQuery query, InvalidCommandException.Builder problems, String prefix) {
        criteria(context, query, true, problems, prefix);
    }

    private static AccountCriteria criteria(Context context, AccountQuery query, boolean strict,
            InvalidCommandException.Builder problems, String prefix) {
        Map<CatalogEntryId, String> keys = new HashMap<>();
        for (int i = 0; i < query.characteristics().size(); i++) {
            CharacteristicFilter filter = query.characteristics().get(i);
            String path = prefix + "characteristics[" + i + "]";
            CatalogEntry type = context.uow.catalog().findById(filter.characteristicTypeId()).orElse(null);
            if (type == null || type.kind() != CatalogKind.CHARACTERISTIC_TYPE) {
                problems.add(path + ".characteristicTypeId", "UnknownReference", filter.characteristicTypeId());
                continue;
            }
            try {
                String key = CharacteristicValue.parse((CatalogDetails.Characteristic) type.details(), filter.value()).key();
                if (keys.containsKey(type.id()) && !keys.get(type.id()).equals(key)) {
                    // Two different values required of one characteristic: nothing can match, which is not an error.
                    keys.put(type.id(), "\u0000no match");
                } else {
                    keys.put(type.id(), key);
                }
            } catch (InvalidCommandException e) {
                e.violations().forEach(v -> problems.add(path + ".value", v.code()));
            }
        }
        if (query.createdFrom() != null && query.createdTo() != null && !query.createdTo().isAfter(query.createdFrom())) {
            problems.add(prefix + "createdTo", "AfterFrom");
        }
        AccountCriteria.CardCondition openCard = null;
        AccountCriteria.ProspectCondition prospects = null;
        if (query.openCard() != null || !query.prospectStates().isEmpty()) {
            // Cards count only in the pipelines the actor sees.
            Set<PipelineId> visible = new HashSet<>();
            Set<StageId> stages = new HashSet<>();
            for (Pipeline pipeline : PipelineGuard.visiblePipelines(context)) {
                visible.add(pipeline.id());
                pipeline.stages().forEach(stage -> stages.add(stage.id()));
            }
            if (query.openCard() != null) {
                if (strict) {
                    // A pipeline the actor does not see is refused as one the tenant does not have.
                    query.openCard().pipelines().stream().filter(id -> !visible.contains(id)).findFirst()
                            .ifPresent(id -> problems.add(prefix + "openCard.pipelines", "UnknownReference", id));
                    query.openCard().stages().stream().filter(id -> !stages.contains(id)).findFirst()
                            .ifPresent(id -> problems.add(prefix + "openCard.stages", "UnknownReference", id));
                }
                Set<PipelineId> in = new HashSet<>(visible);
                if (!query.openCard().pipelines().isEmpty()) {
                    in.retainAll(query.openCard().pipelines());
                }
                openCard = new AccountCriteria.CardCondition(in, query.openCard().stages());
            }
            if (!query.prospectStates().isEmpty()) {
                prospects = new AccountCriteria.ProspectCondition(query.prospectStates(), visible);
            }
        }
        return new AccountCriteria(context.access(), query.classifications(), query.statuses(), query.responsibles(),
                query.salespeople(), keys, query.interests(), query.disinterests(), blankToNull(Text.fold(query.city())),
                blankToNull(Text.fold(query.state())), Text.trimToNull(query.country()), SearchText.Query.of(query.text()),
                query.createdFrom(), query.createdTo(), query.customerTypes(), query.priorities(),
                query.economicActivities(), query.priceLists(), query.personKinds(), query.creditTerms(), query.supplier(),
                query.taxable(), openCard, query.openCase(), prospects, query.sort(), query.direction());
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
