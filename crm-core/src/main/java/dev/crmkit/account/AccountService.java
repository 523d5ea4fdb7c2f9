package dev.crmkit.account;

import dev.crmkit.access.CrmUser;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.Page;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.SearchText;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.Contact;
import dev.crmkit.document.Document;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.internal.AccountDeletion;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Cursors;
import dev.crmkit.internal.InputCheck;
import dev.crmkit.internal.Names;
import dev.crmkit.internal.Orders;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.RelatedAccounts;
import dev.crmkit.internal.Timeline;
import dev.crmkit.internal.UseCases;
import dev.crmkit.internal.Users;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.DocumentStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/** {@link Accounts} for one actor. */
final class AccountService implements Accounts {

    /** How many entries of the timeline a profile shows; {@link #timeline} pages on. */
    static final int PROFILE_TIMELINE = 20;

    private static final int SIMILAR_ON_CREATE = 10;

    private final UseCases useCases;
    private final Caller actor;
    private final DocumentStore documentStore;

    AccountService(UseCases useCases, Caller actor, DocumentStore documentStore) {
        this.useCases = useCases;
        this.actor = actor;
        this.documentStore = documentStore;
    }

    @Override
    public AccountCreation create(CreateAccount command) {
        return useCases.write(actor, command, context -> {
            InvalidCommandException.Builder problems = InvalidCommandException.builder("CreateAccount");
            checkDetails(context, problems, command.details(), null);
            checkTaxIdUnique(context, problems, command.details(), null);
            TaxIdAcceptance acceptance = taxIdAcceptance(context, problems, command.details(), null, command.acceptTaxIdWarning());
            Set<UserId> responsibles = command.responsibles() == null || command.responsibles().isEmpty()
                    ? Set.of(context.user.id())
                    : command.responsibles();
            for (UserId responsible : responsibles) {
                Users.checkUser(context, problems, "responsibles", responsible, null);
            }
            problems.throwIfAny();
            Classification classification = command.classification() == null ? Classification.LEAD : command.classification();
            Account created = Account.create(classification, command.details(), acceptance, responsibles, context.user.id(),
                    context.now);
            if (!AccountGuard.sees(context, created)) {
                throw new RuleViolationException("account.outside-scope", "responsibles");
            }
            Account stored = context.uow.accounts().insert(created);
            context.record(new AccountEvent.AccountCreated(
                    context.meta(), stored.id(), stored.details().legalName(), classification, stored.responsibles()));
            Map<AccountId, DuplicateCandidate> similar = new LinkedHashMap<>();
            for (String name : names(stored.details())) {
                for (DuplicateCandidate candidate : similar(context, name, SIMILAR_ON_CREATE, stored.id())) {
                    similar.merge(candidate.accountId(), candidate,
                            (a, b) -> a.similarity() >= b.similarity() ? a : b);
                }
            }
            return new AccountCreation(stored, similar.values().stream().sorted(BY_SIMILARITY).limit(SIMILAR_ON_CREATE).toList());
        });
    }

    @Override
    public List<AccountId> importAccounts(ImportAccounts command) {
        return useCases.write(actor, command, context -> {
            InvalidCommandException.Builder problems = InvalidCommandException.builder("ImportAccounts");
            List<Account> accounts = new ArrayList<>(command.accounts().size());
            // Tax ids are checked against each other here and against the tenant in one call, not row by row.
            Map<String, Integer> firstRowOfTaxKey = new HashMap<>();
            for (int i = 0; i < command.accounts().size(); i++) {
                CreateAccount row = command.accounts().get(i);
                InvalidCommandException.Builder rowProblems = InvalidCommandException.builder("ImportAccounts");
                checkDetails(context, rowProblems, row.details(), null);
                TaxIdAcceptance acceptance = taxIdAcceptance(context, rowProblems, row.details(), null, row.acceptTaxIdWarning());
                Set<UserId> responsibles = row.responsibles() == null || row.responsibles().isEmpty()
                        ? Set.of(context.user.id()) : row.responsibles();
                for (UserId responsible : responsibles) {
                    Users.checkUser(context, rowProblems, "responsibles", responsible, null);
                }
                TaxId taxId = row.details().taxId();
                if (taxId != null && taxId.isValid() && firstRowOfTaxKey.putIfAbsent(taxId.key(), i) != null) {
                    rowProblems.add("details.taxId", "Unique");
                }
                Classification classification = row.classification() == null ? Classification.LEAD : row.classification();
                Account created = Account.create(classification, row.details(), acceptance, responsibles, context.user.id(),
                        context.now);
                if (rowProblems.isEmpty() && !AccountGuard.sees(context, created)) {
                    rowProblems.add("responsibles", "OutsideScope");
                }
                problems.addAll("accounts[" + i + "]", rowProblems);
                accounts.add(created);
            }
            for (String taken : context.uow.accounts().existingTaxKeys(firstRowOfTaxKey.keySet())) {
                problems.add("accounts[" + firstRowOfTaxKey.get(taken) + "].details.taxId", "Unique");
            }
            problems.throwIfAny();
            List<AccountId> ids = new ArrayList<>(accounts.size());
            for (Account account : accounts) {
                Account stored = context.uow.accounts().insert(account);
                context.record(new AccountEvent.AccountCreated(context.meta(), stored.id(), stored.details().legalName(),
                        stored.classification(), stored.responsibles()));
                ids.add(stored.id());
            }
            return List.copyOf(ids);
        });
    }

    @Override
    public Account update(UpdateAccount command) {
        return useCases.write(actor, command, context -> {
            Account current = AccountGuard.visible(context, command.accountId(), "accountId");
            requireVersion(current, command.expectedVersion());
            InvalidCommandException.Builder problems = InvalidCommandException.builder("UpdateAccount");
            checkDetails(context, problems, command.details(), current);
            checkTaxIdUnique(context, problems, command.details(), current);
            TaxIdAcceptance acceptance = taxIdAcceptance(context, problems, command.details(), current, command.acceptTaxIdWarning());
            problems.throwIfAny();
            Changed<Account> changed = current.update(command.details(), acceptance, context.now);
            return store(context, changed, current,
                    () -> new AccountEvent.AccountUpdated(context.meta(), current.id(), changed.changes()));
        });
    }

    @Override
    public Account classify(ClassifyAccount command) {
        // With an expected version the caller asked to classify exactly what it saw; without, it is a delta.
        return command != null && command.expectedVersion() != null
                ? useCases.write(actor, command, context -> classify(context, command))
                : useCases.writeDelta(actor, command, context -> classify(context, command));
    }

    private Account classify(Context context, ClassifyAccount command) {
        Account current = AccountGuard.visible(context, command.accountId(), "accountId");
        if (command.expectedVersion() != null) {
            requireVersion(current, command.expectedVersion());
        }
        Changed<Account> changed = current.classify(command.classification(), context.now);
        return store(context, changed, current, () -> new AccountEvent.AccountClassified(
                context.meta(), current.id(), current.classification(), command.classification()));
    }

    @Override
    public Account assignResponsible(AssignResponsible command) {
        return useCases.writeDelta(actor, command, context -> {
            Account current = AccountGuard.visible(context, command.accountId(), "accountId");
            InvalidCommandException.Builder problems = InvalidCommandException.builder("AssignResponsible");
            Users.checkUser(context, problems, "userId", command.userId(), null);
            problems.throwIfAny();
            Set<UserId> next = new HashSet<>(current.responsibles());
            next.add(command.userId());
            Changed<Account> changed = current.withResponsibles(next, context.now);
            return store(context, changed, current, () -> new AccountEvent.ResponsiblesChanged(
                    context.meta(), current.id(), Set.of(command.userId()), Set.of()));
        });
    }

    @Override
    public Account removeResponsible(RemoveResponsible command) {
        return useCases.writeDelta(actor, command, context -> {
            Account current = AccountGuard.visible(context, command.accountId(), "accountId");
            if (!current.responsibles().contains(command.userId())
                    && context.uow.users().findById(command.userId()).isEmpty()) {
                throw InvalidCommandException.builder("RemoveResponsible")
                        .add("userId", "UnknownReference", command.userId().value()).build();
            }
            Set<UserId> next = new HashSet<>(current.responsibles());
            next.remove(command.userId());
            Changed<Account> changed = current.withResponsibles(next, context.now);
            if (changed.changed() && !AccountGuard.sees(context, changed.value())) {
                throw new RuleViolationException("account.outside-scope", "userId");
            }
            return store(context, changed, current, () -> new AccountEvent.ResponsiblesChanged(
                    context.meta(), current.id(), Set.of(), Set.of(command.userId())));
        });
    }

    @Override
    public Account setCharacteristic(SetCharacteristicValue command) {
        return useCases.writeDelta(actor, command, context -> {
            Account current = AccountGuard.visible(context, command.accountId(), "accountId");
            InvalidCommandException.Builder problems = InvalidCommandException.builder("SetCharacteristicValue");
            CatalogEntry type = CatalogReferences.check(context, problems, "characteristicTypeId",
                    command.characteristicTypeId(), CatalogKind.CHARACTERISTIC_TYPE,
                    current.characteristics().containsKey(command.characteristicTypeId()) ? command.characteristicTypeId() : null);
            problems.throwIfAny();
            CharacteristicValue value;
            try {
                value = CharacteristicValue.parse((CatalogDetails.Characteristic) type.details(), command.value());
            } catch (InvalidCommandException e) {
                throw e.as("SetCharacteristicValue");
            }
            CharacteristicValue old = current.characteristics().get(type.id());
            Changed<Account> changed = current.withCharacteristic(type.id(), value, context.now);
            return store(context, changed, current, () -> new AccountEvent.CharacteristicChanged(
                    context.meta(), current.id(), type.id(), old == null ? null : old.stored(), value.stored()));
        });
    }

    @Override
    public Account clearCharacteristic(ClearCharacteristicValue command) {
        return useCases.writeDelta(actor, command, context -> {
            Account current = AccountGuard.visible(context, command.accountId(), "accountId");
            if (!current.characteristics().containsKey(command.characteristicTypeId())) {
                // Nothing to clear is fine, of a characteristic type the tenant has (inactive ones included).
                InvalidCommandException.Builder problems = InvalidCommandException.builder("ClearCharacteristicValue");
                CatalogReferences.check(context, problems, "characteristicTypeId", command.characteristicTypeId(),
                        CatalogKind.CHARACTERISTIC_TYPE, command.characteristicTypeId());
                problems.throwIfAny();
            }
            CharacteristicValue old = current.characteristics().get(command.characteristicTypeId());
            Changed<Account> changed = current.withCharacteristic(command.characteristicTypeId(), null, context.now);
            return store(context, changed, current, () -> new AccountEvent.CharacteristicChanged(
                    context.meta(), current.id(), command.characteristicTypeId(), old == null ? null : old.stored(), null));
        });
    }

    @Override
    public Account markInterest(MarkInterest command) {
        return useCases.writeDelta(actor, command, context -> {
            Account current = AccountGuard.visible(context, command.accountId(), "accountId");
            InvalidCommandException.Builder problems = InvalidCommandException.builder("MarkInterest");
            CatalogReferences.check(context, problems, "areaId", command.areaId(), CatalogKind.INTEREST_AREA,
                    current.interests().containsKey(command.areaId()) ? command.areaId() : null);
            problems.throwIfAny();
            Interest interest = new Interest(command.kind(), command.note());
            Changed<Account> changed = current.withInterest(command.areaId(), interest, context.now);
            return store(context, changed, current, () -> new AccountEvent.InterestChanged(
                    context.meta(), current.id(), command.areaId(), interest.kind(), interest.note()));
        });
    }

    @Override
    public Account clearInterest(ClearInterest command) {
        return useCases.writeDelta(actor, command, context -> {
            Account current = AccountGuard.visible(context, command.accountId(), "accountId");
            if (!current.interests().containsKey(command.areaId())) {
                InvalidCommandException.Builder problems = InvalidCommandException.builder("ClearInterest");
                CatalogReferences.check(
                        context, problems, "areaId", command.areaId(), CatalogKind.INTEREST_AREA, command.areaId());
                problems.throwIfAny();
            }
            Changed<Account> changed = current.withInterest(command.areaId(), null, context.now);
            return store(context, changed, current, () -> new AccountEvent.InterestChanged(
                    context.meta(), current.id(), command.areaId(), null, null));
        });
    }

    @Override
    public void delete(AccountId accountId) {
        useCases.write(actor, context -> {
            AccountDeletion.delete(context, AccountGuard.visible(context, accountId, "accountId"), documentStore, "accountId");
            return null;
        });
    }

    @Override
    public Account get(AccountId accountId) {
        return useCases.read(actor, context -> AccountGuard.visible(context, accountId, "accountId"));
    }

    @Override
    public Page<Account> query(AccountQuery query) {
        return useCases.read(actor, query, context -> {
            AccountCriteria criteria = criteria(context, query);
            Cursors cursors = useCases.cursors();
            AccountCriteria.AccountPosition after =
                    query.cursor() == null ? null : cursors.account(context.uow.tenantId(), query.cursor(), criteria);
            List<Account> found = context.uow.accounts().find(criteria, after, query.pageSize() + 1);
            boolean more = found.size() > query.pageSize();
            List<Account> page = more ? found.subList(0, query.pageSize()) : found;
            String next = more
                    ? cursors.account(context.uow.tenantId(), criteria, criteria.positionOf(page.get(page.size() - 1))) : null;
            Long total = query.includeTotal() ? context.uow.accounts().count(criteria) : null;
            return new Page<>(page, next, total);
        });
    }

    @Override
    public List<DuplicateCandidate> similarTo(String name, int limit) {
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

    @Override
    public AccountProfile profile(AccountId accountId) {
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
                    timeline.render(context, names));
        });
    }

    @Override
    public Page<TimelineEntry> timeline(AccountId accountId, String cursor, int limit) {
        return useCases.read(actor, context -> {
            Account account = AccountGuard.visible(context, accountId, "accountId");
            if (limit < 1 || limit > 500) {
                throw InvalidCommandException.single("limit", "Range", 1, 500);
            }
            return Timeline.page(context, useCases.cursors(), account.id(), cursor, limit);
        });
    }

    /** Resolves a query into the criteria an adapter applies, refusing bad filter values by their path. */
    private static AccountCriteria criteria(Context context, AccountQuery query) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("AccountQuery");
        Map<CatalogEntryId, String> keys = new HashMap<>();
        for (int i = 0; i < query.characteristics().size(); i++) {
            CharacteristicFilter filter = query.characteristics().get(i);
            String path = "characteristics[" + i + "]";
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
            problems.add("createdTo", "AfterFrom");
        }
        problems.throwIfAny();
        return new AccountCriteria(context.access(), query.classifications(), query.statuses(), query.responsibles(),
                query.salespeople(), keys, query.interests(), query.disinterests(), blankToNull(Text.fold(query.city())),
                blankToNull(Text.fold(query.state())), Text.trimToNull(query.country()), SearchText.Query.of(query.text()),
                query.createdFrom(), query.createdTo(), query.sort(), query.direction());
    }

    /** The accounts in scope whose legal or trade name has a similarity of at least the threshold with a name. */
    private static List<DuplicateCandidate> similar(Context context, String name, int limit, AccountId except) {
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

    private static final Comparator<DuplicateCandidate> BY_SIMILARITY =
            Comparator.comparingDouble(DuplicateCandidate::similarity).reversed()
                    .thenComparing(c -> Text.sortKey(c.legalName()))
                    .thenComparing(DuplicateCandidate::accountId);

    private static List<String> names(AccountDetails details) {
        return details.tradeName() == null || Text.key(details.tradeName()).equals(Text.key(details.legalName()))
                ? List.of(details.legalName())
                : List.of(details.legalName(), details.tradeName());
    }

    /**
     * The checks of details beyond Bean Validation: catalog references of the right kind (a deactivated entry
     * only if the account already referred to it), an active salesperson, credit days only on credit, no
     * negative limit, and a tax id no other account of the tenant has.
     */
    private static void checkDetails(
            Context context, InvalidCommandException.Builder problems, AccountDetails details, Account current) {
        CustomerProperties customer = details.customer() == null ? CustomerProperties.DEFAULT : details.customer();
        CustomerProperties before = current == null ? CustomerProperties.DEFAULT : current.details().customer();
        CatalogReferences.check(context, problems, "details.customer.customerTypeId", customer.customerTypeId(),
                CatalogKind.CUSTOMER_TYPE, before.customerTypeId());
        CatalogReferences.check(context, problems, "details.customer.priorityId", customer.priorityId(),
                CatalogKind.PRIORITY, before.priorityId());
        CatalogReferences.check(context, problems, "details.customer.economicActivityId", customer.economicActivityId(),
                CatalogKind.ECONOMIC_ACTIVITY, before.economicActivityId());
        CatalogReferences.check(context, problems, "details.customer.priceListId", customer.priceListId(),
                CatalogKind.PRICE_LIST, before.priceListId());
        if (customer.salespersonId() != null) {
            Users.checkUser(context, problems, "details.customer.salespersonId", customer.salespersonId(), before.salespersonId());
        }
        CreditProperties credit = details.credit() == null ? CreditProperties.CASH : details.credit();
        if (credit.terms() != CreditTerms.CREDIT && credit.creditDays() != null && credit.creditDays() != 0) {
            problems.add("details.credit.creditDays", "OnlyForCredit");
        }
        if (credit.creditLimit() != null && credit.creditLimit().isNegative()) {
            problems.add("details.credit.creditLimit.amount", "PositiveOrZero");
        }
    }

    /** A valid tax id is unique in the tenant (the account's own excepted). */
    private static void checkTaxIdUnique(
            Context context, InvalidCommandException.Builder problems, AccountDetails details, Account current) {
        if (details.taxId() != null && details.taxId().isValid()) {
            context.uow.accounts().findByTaxKey(details.taxId().key())
                    .filter(other -> current == null || !other.id().equals(current.id()))
                    .ifPresent(other -> problems.add("details.taxId", "Unique"));
        }
    }

    /**
     * The acceptance an account holds for the warning its tax id raises, if any: the one it already holds for the same
     * number, or a new one when the command accepts the warning; a warning nobody accepted is a violation.
     */
    private static TaxIdAcceptance taxIdAcceptance(Context context, InvalidCommandException.Builder problems,
            AccountDetails details, Account current, boolean accept) {
        TaxId taxId = details.taxId();
        if (taxId == null || !taxId.isValid() || taxId.warning().isEmpty()) {
            return null;
        }
        if (current != null && current.sameTaxId(details) && current.taxIdAcceptance().isPresent()) {
            return current.taxIdAcceptance().get();
        }
        if (!accept) {
            problems.add("details.taxId", "TaxIdWarning", new Messages.Key("tax-id-warning." + taxId.warning().get().name()));
            return null;
        }
        return new TaxIdAcceptance(taxId.warning().get(), context.user.id(), context.now);
    }

    private static void requireVersion(Account current, Version expected) {
        if (!current.version().equals(expected)) {
            throw ConflictException.staleVersion("account", current.id(), expected, current.version());
        }
    }

    /** Stores a changed account and records its event; an unchanged account is returned as it is. */
    private static Account store(
            Context context, Changed<Account> changed, Account current, Supplier<AccountEvent> event) {
        if (!changed.changed()) {
            return current;
        }
        Account stored = context.uow.accounts().update(changed.value());
        context.record(event.get());
        return stored;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
