package dev.crmkit.account;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Page;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Text;
import dev.crmkit.contact.Contact;
import dev.crmkit.document.Document;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.AccountQueries;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.InputCheck;
import dev.crmkit.internal.Names;
import dev.crmkit.internal.Orders;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.RelatedAccounts;
import dev.crmkit.internal.Timeline;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteSummary;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.relationship.Relationship;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reads of {@link AccountService} that look beyond one record: account queries, names similar to a name, an
 * account's profile and its timeline.
 */
final class AccountQueryService {

    /** How many entries of the timeline a profile shows; {@link #timeline} pages on. */
    static final int PROFILE_TIMELINE = 20;

    private final UseCases useCases;
    private final Caller actor;

    AccountQueryService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    Page<Account> query(AccountQuery query) {
        return useCases.read(actor, query, context -> AccountQueries.page(context, useCases.cursors(), query));
    }

    List<DuplicateCandidate> similarTo(String name, int limit) {
        return useCases.read(actor, context -> {
            if (Text.trimToNull(name) == null) {
                throw InvalidCommandException.single("name", "NotBlank");
            }
            InputCheck.text(name, "name", AccountDetails.MAX_NAME);
            if (limit < 1 || limit > 100) {
                throw InvalidCommandException.single("limit", "Range", 1, 100);
            }
            return similar(context, name, limit, null);
        });
    }

    AccountProfile profile(AccountId accountId) {
        return useCases.read(actor, context -> {
            Account account = AccountGuard.visible(context, accountId, "accountId");
            List<Contact> contacts = context.uow.contacts().findByAccount(account.id()).stream()
                    .sorted(Comparator.comparing(Contact::nameKey).thenComparing(Contact::id))
                    .toList();
            List<Document> documents = context.uow.documents().findByAccount(account.id()).stream()
                    .sorted(Orders.DOCUMENTS_NEWEST_FIRST)
                    .toList();
            Map<StageId, Stage> stages = new HashMap<>();
            List<Pipeline> pipelines = PipelineGuard.visiblePipelines(context);
            pipelines.forEach(p -> p.stages().forEach(s -> stages.put(s.id(), s)));
            List<CardSummary> cards = context.uow.cards()
                    .summariesOfAccounts(List.of(account.id()), pipelines.stream().map(Pipeline::id).toList()).stream()
                    .map(c -> c.withStagnant(c.open() && stages.containsKey(c.stageId())
                            && stages.get(c.stageId()).stagnantBefore(context.now) != null
                            && !c.updatedAt().isAfter(stages.get(c.stageId()).stagnantBefore(context.now))))
                    .sorted(Comparator.comparing(CardSummary::updatedAt).reversed().thenComparing(CardSummary::id))
                    .toList();
            List<AgendaEntry> entries = context.uow.agenda().findByAccount(account.id());
            LocalDate today = LocalDate.ofInstant(context.now, context.tenant.timeZone());
            List<QuoteSummary> quotes = context.uow.quotes().findByAccount(account.id()).stream()
                    .sorted(Comparator.comparingLong(Quote::sequence).reversed())
                    .map(q -> new QuoteSummary(q, q.expiredOn(today)))
                    .toList();
            List<ServiceCase> cases = context.uow.cases().findByAccount(account.id()).stream()
                    .sorted(Comparator.comparing(ServiceCase::updatedAt).reversed().thenComparing(ServiceCase::id))
                    .toList();
            // The relationships and the timeline name catalog entries and accounts: read together, once.
            List<Relationship> relationships = context.uow.relationships().findByAccount(account.id());
            Timeline.Slice timeline = Timeline.read(context, useCases.cursors(), account.id(), null, PROFILE_TIMELINE);
            Names names = new Names();
            RelatedAccounts.mentions(account, relationships, names);
            timeline.mentions(names);
            names.load(context);
            return new AccountProfile(account, account.classification().label(context.tenant, context.locale), contacts,
                    RelatedAccounts.related(context, account, relationships, names), documents,
                    cards.stream().filter(CardSummary::open).toList(), cards.stream().filter(c -> !c.open()).toList(),
                    entries.stream().filter(AgendaEntry::pending).sorted(Orders.BY_SCHEDULE).toList(),
                    entries.stream().filter(e -> !e.pending())
                            .sorted(Comparator.comparing((AgendaEntry e) -> e.concludedAt().orElseThrow()).reversed()
                                    .thenComparing(AgendaEntry::id))
                            .toList(),
                    quotes, timeline.render(context, names),
                    cases.stream().filter(c -> c.status().pending()).toList(),
                    cases.stream().filter(c -> !c.status().pending()).toList(),
                    context.uow.orders().findByAccount(account.id(), AccountProfile.PROFILE_ORDERS));
        });
    }

    Page<TimelineEntry> timeline(AccountId accountId, String cursor, int limit) {
        return useCases.read(actor, context -> {
            Account account = AccountGuard.visible(context, accountId, "accountId");
            if (limit < 1 || limit > 500) {
                throw InvalidCommandException.single("limit", "Range", 1, 500);
            }
            return Timeline.page(context, useCases.cursors(), account.id(), cursor, limit);
        });
    }

    /** The accounts in scope whose legal or trade name has a similarity of at least the threshold with a name. */
    static List<DuplicateCandidate> similar(Context context, String name, int limit, AccountId except) {
        List<DuplicateCandidate> candidates = new ArrayList<>();
        for (Account account : context.uow.accounts().findSimilarNames(name, context.access(), limit * 4 + 20)) {
            if (account.id().equals(except)) {
                continue;
            }
            double similarity = Math.max(NameSimilarity.of(name, account.details().legalName()),
                    account.details().tradeName() == null ? 0 : NameSimilarity.of(name, account.details().tradeName()));
            if (similarity >= NameSimilarity.THRESHOLD) {
                candidates.add(new DuplicateCandidate(
                        account.id(), account.details().legalName(), account.details().tradeName(), similarity));
            }
        }
        return candidates.stream().sorted(BY_SIMILARITY).limit(limit).toList();
    }

    static final Comparator<DuplicateCandidate> BY_SIMILARITY =
            Comparator.comparingDouble(DuplicateCandidate::similarity).reversed()
                    .thenComparing(c -> Text.sortKey(c.legalName()))
                    .thenComparing(DuplicateCandidate::accountId);
}
