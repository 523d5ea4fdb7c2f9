package dev.crmkit.account;

import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.Page;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.internal.AccountDeletion;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import dev.crmkit.internal.Users;
import dev.crmkit.spi.DocumentStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** {@link Accounts} for one actor. */
final class AccountService implements Accounts {

    private static final int SIMILAR_ON_CREATE = 10;

    private final UseCases useCases;
    private final Caller actor;
    private final DocumentStore documentStore;
    private final AccountQueryService queries;

    AccountService(UseCases useCases, Caller actor, DocumentStore documentStore) {
        this.useCases = useCases;
        this.actor = actor;
        this.documentStore = documentStore;
        this.queries = new AccountQueryService(useCases, actor);
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
                for (DuplicateCandidate candidate : AccountQueryService.similar(context, name, SIMILAR_ON_CREATE, stored.id())) {
                    similar.merge(candidate.accountId(), candidate,
                            (a, b) -> a.similarity() >= b.similarity() ? a : b);
                }
            }
            return new AccountCreation(stored, similar.values().stream().sorted(AccountQueryService.BY_SIMILARITY).limit(SIMILAR_ON_CREATE).toList());
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

    @Override
    public Page<Account> query(AccountQuery query) {
        return queries.query(query);
    }

    @Override
    public List<DuplicateCandidate> similarTo(String name, int limit) {
        return queries.similarTo(name, limit);
    }

    @Override
    public AccountProfile profile(AccountId accountId) {
        return queries.profile(accountId);
    }

    @Override
    public Page<TimelineEntry> timeline(AccountId accountId, String cursor, int limit) {
        return queries.timeline(accountId, cursor, limit);
    }
}
