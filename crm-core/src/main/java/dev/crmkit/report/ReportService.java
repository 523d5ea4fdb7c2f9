package dev.crmkit.report;

import dev.crmkit.access.CrmUser;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaStatus;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.common.UserId;
import dev.crmkit.contact.Contact;
import dev.crmkit.internal.AgendaLinks;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Names;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.spi.AccountName;
import dev.crmkit.spi.AgendaRepository.EntryPosition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Reports} for one actor: the agenda read page by page (memory stays flat), the pipeline stage by stage. */
final class ReportService implements Reports {

    /** How many entries one unit of work reads. */
    static final int PAGE = 500;

    private static final Comparator<StatisticsCount> MOST_FIRST =
            Comparator.comparingLong(StatisticsCount::count).reversed().thenComparing(StatisticsCount::label);

    private final UseCases useCases;
    private final Caller actor;

    ReportService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public AgendaStatistics agenda(LocalDate from, LocalDate to) {
        return useCases.read(actor, context -> {
            Instant[] range = range(context, from, to);
            Map<CatalogEntryId, Long> byType = new HashMap<>();
            long untyped = 0;
            Map<UserId, Long> byUser = new HashMap<>();
            Map<AgendaStatus, Long> byStatus = new EnumMap<>(AgendaStatus.class);
            long total = 0;
            EntryPosition after = null;
            while (true) {
                List<AgendaEntry> page = context.uow.agenda().createdBetween(range[0], range[1], after, PAGE);
                for (AgendaEntry entry : AgendaLinks.visibleOnly(context, page)) {
                    total++;
                    if (entry.typeId().isPresent()) {
                        byType.merge(entry.typeId().get(), 1L, Long::sum);
                    } else {
                        untyped++;
                    }
                    byUser.merge(entry.userId(), 1L, Long::sum);
                    byStatus.merge(entry.status(), 1L, Long::sum);
                }
                if (page.size() < PAGE) {
                    break;
                }
                AgendaEntry last = page.get(page.size() - 1);
                after = new EntryPosition(last.createdAt(), last.id());
            }
            Map<CatalogEntryId, String> types = context.uow.catalog().findByIds(byType.keySet()).stream()
                    .collect(Collectors.toMap(CatalogEntry::id, CatalogEntry::name));
            Map<UserId, String> users = context.uow.users().findByIds(byUser.keySet()).stream()
                    .collect(Collectors.toMap(CrmUser::id, CrmUser::displayName));
            List<StatisticsCount> typeCounts = new ArrayList<>();
            byType.forEach((id, n) -> typeCounts.add(new StatisticsCount(id.toString(), types.getOrDefault(id, id.toString()), n)));
            if (untyped > 0) {
                typeCounts.add(new StatisticsCount("", Messages.format(context.locale, "report.no-type"), untyped));
            }
            List<StatisticsCount> userCounts = new ArrayList<>();
            byUser.forEach((id, n) -> userCounts.add(new StatisticsCount(id.value(), users.getOrDefault(id, id.value()), n)));
            List<StatisticsCount> statusCounts = new ArrayList<>();
            byStatus.forEach((status, n) -> statusCounts.add(new StatisticsCount(status.name(), statusLabel(context, status), n)));
            typeCounts.sort(MOST_FIRST);
            userCounts.sort(MOST_FIRST);
            return new AgendaStatistics(from, to, total, typeCounts, userCounts, statusCounts);
        });
    }

    @Override
    public Iterable<AgendaListingRow> agendaListing(LocalDate from, LocalDate to) {
        // Checked now, so a bad range fails at the call rather than at the first iteration.
        useCases.read(actor, context -> range(context, from, to));
        return () -> new Listing(from, to);
    }

    @Override
    public PipelineStatistics pipeline(PipelineId pipelineId) {
        return useCases.read(actor, context -> {
            Pipeline pipeline = PipelineGuard.visible(context, pipelineId, "pipelineId");
            List<StageStatistics> stages = new ArrayList<>();
            long won = 0;
            long lost = 0;
            long archived = 0;
            long stagnant = 0;
            for (Stage stage : pipeline.stages()) {
                long open = 0;
                long stageStagnant = 0;
                double days = 0;
                for (Card card : context.uow.cards().findByStage(pipeline.id(), stage.id())) {
                    if (card.convertedToCustomerAt().isPresent() || card.convertedToServiceAt().isPresent()) {
                        won++;
                    } else if (card.lostAt().isPresent()) {
                        lost++;
                    } else if (card.archived()) {
                        archived++;
                    } else {
                        open++;
                        if (card.stagnant(stage, context.now)) {
                            stageStagnant++;
                        }
                        days += Duration.between(enteredStage(context, card), context.now).toSeconds() / 86_400.0;
                    }
                }
                stagnant += stageStagnant;
                stages.add(new StageStatistics(stage.id(), stage.name(), open, stageStagnant, open == 0 ? 0 : days / open));
            }
            double conversion = won + lost == 0 ? 0 : (double) won / (won + lost);
            return new PipelineStatistics(pipeline.id(), pipeline.name(), stages, won, lost, archived, conversion, stagnant,
                    context.now);
        });
    }

    /** When a card entered its current stage: its latest stage change in the pipeline history, else its creation. */
    private static Instant enteredStage(Context context, Card card) {
        List<HistoryEntry> history = context.uow.pipelineHistory().page(card.pipelineId(), card.id(), null, 100);
        for (HistoryEntry entry : history) {
            if ("stageId".equals(entry.field()) && entry.oldValue() != null && card.stageId().toString().equals(entry.newValue())) {
                return entry.at();
            }
        }
        return card.createdAt();
    }

    /** The instants a range of days covers in the tenant's zone, after checking it. */
    private static Instant[] range(Context context, LocalDate from, LocalDate to) {
        SupportedDates.check(Context.required(from, "from"), "from");
        SupportedDates.check(Context.required(to, "to"), "to");
        if (to.isBefore(from)) {
            throw InvalidCommandException.single("to", "AfterFrom");
        }
        ZoneId zone = context.tenant.timeZone();
        return new Instant[] {from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant()};
    }

    private static String statusLabel(Context context, AgendaStatus status) {
        return Messages.format(context.locale, "agenda-status." + status.name());
    }

    /** Rows of one page, with the names they show loaded once for the page. */
    private static List<AgendaListingRow> rows(Context context, List<AgendaEntry> entries) {
        ZoneId zone = context.tenant.timeZone();
        Set<AccountId> accountIds = new HashSet<>();
        Set<CatalogEntryId> typeIds = new HashSet<>();
        Set<UserId> userIds = new HashSet<>();
        for (AgendaEntry entry : entries) {
            accountIds.add(entry.accountId());
            entry.typeId().ifPresent(typeIds::add);
            userIds.add(entry.userId());
        }
        // Names only: a page of the listing names hundreds of accounts it does not otherwise show.
        Map<AccountId, String> accounts = context.uow.accounts().names(accountIds).stream()
                .collect(Collectors.toMap(AccountName::id, AccountName::legalName));
        Map<CatalogEntryId, String> types = context.uow.catalog().findByIds(typeIds).stream()
                .collect(Collectors.toMap(CatalogEntry::id, CatalogEntry::name));
        Map<UserId, String> users = context.uow.users().findByIds(userIds).stream()
                .collect(Collectors.toMap(CrmUser::id, CrmUser::displayName));
        Set<ContactId> contactIds = new HashSet<>();
        entries.forEach(e -> e.contactId().ifPresent(contactIds::add));
        Map<ContactId, String> contacts = context.uow.contacts().findByIds(contactIds).stream()
                .collect(Collectors.toMap(Contact::id, c -> c.details().name()));
        List<AgendaListingRow> rows = new ArrayList<>(entries.size());
        for (AgendaEntry entry : entries) {
            Schedule schedule = entry.schedule().orElse(null);
            String contact = entry.contactId().map(contacts::get).orElse(null);
            rows.add(new AgendaListingRow(entry.id(), entry.createdAt().atZone(zone).toLocalDateTime(), entry.accountId(),
                    accounts.get(entry.accountId()), contact, entry.typeId().map(types::get).orElse(null), entry.userId(),
                    users.getOrDefault(entry.userId(), entry.userId().value()), entry.status(), statusLabel(context, entry.status()),
                    schedule == null ? null : schedule.day(),
                    schedule instanceof Schedule.AtTime at ? at.at() : null, entry.description()));
        }
        return rows;
    }

    /** Reads the listing a page at a time, each page in its own unit of work. */
    private final class Listing implements Iterator<AgendaListingRow> {

        private final LocalDate from;
        private final LocalDate to;
        private Iterator<AgendaListingRow> page = Collections.emptyIterator();
        private EntryPosition after;
        private boolean exhausted;

        Listing(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && !exhausted) {
                page = useCases.read(actor, context -> {
                    Instant[] range = range(context, from, to);
                    List<AgendaEntry> entries = context.uow.agenda().createdBetween(range[0], range[1], after, PAGE);
                    exhausted = entries.size() < PAGE;
                    if (!entries.isEmpty()) {
                        AgendaEntry last = entries.get(entries.size() - 1);
                        after = new EntryPosition(last.createdAt(), last.id());
                    }
                    return rows(context, AgendaLinks.visibleOnly(context, entries));
                }).iterator();
            }
            return page.hasNext();
        }

        @Override
        public AgendaListingRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}
