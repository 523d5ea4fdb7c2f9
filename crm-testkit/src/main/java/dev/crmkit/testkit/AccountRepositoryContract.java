package dev.crmkit.testkit;

import static dev.crmkit.testkit.StoreFixtures.read;
import static dev.crmkit.testkit.StoreFixtures.run;
import static dev.crmkit.testkit.StoreFixtures.storedTenant;
import static dev.crmkit.testkit.StoreFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Address;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreditProperties;
import dev.crmkit.account.CreditTerms;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.Interest;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.TaxId;
import dev.crmkit.account.TaxIdAcceptance;
import dev.crmkit.account.TaxIdWarning;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.Money;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.AccountName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;

/** The account repository: every field round-trips, the tax id is unique, references are found, versions guard. */
public abstract class AccountRepositoryContract extends CrmKitSupport {

    static final Instant CREATED = Instant.parse("2026-02-01T09:30:00.123456Z");

    /** An account with every field and collection filled, not stored yet. */
    static Account fullAccount(TaxId taxId) {
        CatalogEntryId type = CatalogEntryId.newId();
        AccountDetails details = new AccountDetails(PersonKind.LEGAL, "Fibra Sul Telecomunicações Ltda", "Fibra Sul", taxId,
                "Marta", List.of("a@fibra.com", "b@fibra.com"), List.of("+55 11 3333-4444", "(11) 2222-1111"),
                "+55 11 98765-4321", "https://fibra.com",
                new Address("Rua Ω", "10A", "Centro", "São Paulo", "SP", "01000-000", "BR"),
                new CustomerProperties(type, CatalogEntryId.newId(), CatalogEntryId.newId(), CatalogEntryId.newId(), false,
                        AccountStatus.SUSPENDED, UserId.of("sales")),
                new CreditProperties(CreditTerms.CREDIT, 45, Money.of("123456789012345.67", "BRL")), "1.1.2", true);
        Account created = Account.create(Classification.PROSPECT, details, Set.of(UserId.of("ana"), UserId.of("bia")),
                UserId.of("ana"), CREATED);
        Map<CatalogEntryId, CharacteristicValue> characteristics = Map.of(
                CatalogEntryId.newId(), new CharacteristicValue.TextValue("Multi\nline ç"),
                CatalogEntryId.newId(), new CharacteristicValue.NumberValue(new BigDecimal("-12.500")),
                CatalogEntryId.newId(), new CharacteristicValue.YesNoValue(true),
                CatalogEntryId.newId(), new CharacteristicValue.ChoiceValue("Médio"));
        Map<CatalogEntryId, Interest> interests = Map.of(
                CatalogEntryId.newId(), new Interest(InterestKind.INTEREST, "needs 1 Gbps"),
                CatalogEntryId.newId(), new Interest(InterestKind.DISINTEREST, null));
        return StoredStates.of(created).set("characteristics", characteristics).set("interests", interests)
                .set("logoId", DocumentId.newId()).set("updatedAt", CREATED.plusSeconds(1)).build();
    }

    @Example
    void givenAnAccountWithEverything_whenStoredAndLoaded_thenEveryFieldComesBack() {
        TenantId tenant = storedTenant(store());
        Account account = fullAccount(TaxIdSamples.cnpj());

        Account stored = write(store(), tenant, uow -> uow.accounts().insert(account));

        assertThat(stored.version()).isEqualTo(Version.FIRST);
        Account loaded = read(store(), tenant, uow -> uow.accounts().findById(account.id())).orElseThrow();
        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.details()).isEqualTo(account.details());
        assertThat(loaded.characteristics()).isEqualTo(account.characteristics());
        assertThat(loaded.interests()).isEqualTo(account.interests());
        assertThat(loaded.responsibles()).containsExactly(UserId.of("ana"), UserId.of("bia"));
        assertThat(loaded.updatedAt()).isEqualTo(CREATED.plusSeconds(1));
        Optional<Account> byTax = read(store(), tenant, uow -> uow.accounts().findByTaxKey(account.details().taxId().key()));
        assertThat(byTax).map(Account::id).contains(account.id());
    }

    @Example
    void givenAnAccountWhoseTaxIdWarningWasAccepted_whenStoredLoadedAndChanged_thenTheAcceptanceFollowsItsTaxId() {
        TenantId tenant = storedTenant(store());
        TaxIdAcceptance acceptance = new TaxIdAcceptance(TaxIdWarning.UNVERIFIED_CHECK_DIGIT, UserId.of("ana"), CREATED);
        Account account = Account.create(Classification.LEAD, fullAccount(TaxId.of("EC", "0190115799001")).details(), acceptance,
                Set.of(UserId.of("ana")), UserId.of("ana"), CREATED);

        Account stored = write(store(), tenant, uow -> uow.accounts().insert(account));
        Account loaded = read(store(), tenant, uow -> uow.accounts().findById(account.id())).orElseThrow();
        List<Account> page = read(store(), tenant, uow -> uow.accounts().findByIds(List.of(account.id())));
        Account renamed = write(store(), tenant, uow -> uow.accounts().update(
                StoredStates.of(loaded).set("details", loaded.details().withNames("Renamed Ltda", null))
                        .set("updatedAt", CREATED.plusSeconds(1)).build()));
        Account afterRename = read(store(), tenant, uow -> uow.accounts().findById(account.id())).orElseThrow();
        Account renumbered = write(store(), tenant, uow -> uow.accounts().update(
                // A new tax id goes without the warning accepted for the old one, as the use case stores it.
                StoredStates.of(renamed).set("details", renamed.details().withTaxId(TaxIdSamples.cnpj()))
                        .set("taxIdAcceptance", null).set("updatedAt", CREATED.plusSeconds(2)).build()));
        Account afterRenumber = read(store(), tenant, uow -> uow.accounts().findById(account.id())).orElseThrow();

        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.taxIdAcceptance()).contains(acceptance);
        assertThat(page).singleElement().isEqualTo(stored);
        assertThat(afterRename).isEqualTo(renamed);
        assertThat(afterRename.taxIdAcceptance()).as("kept while the tax id stays").contains(acceptance);
        assertThat(afterRenumber).isEqualTo(renumbered);
        assertThat(afterRenumber.taxIdAcceptance()).as("gone with its tax id").isEmpty();
    }

    @Example
    void givenAStoredAccount_whenItsCollectionsChange_thenTheNewCollectionsAreStoredExactly() {
        TenantId tenant = storedTenant(store());
        Account stored = write(store(), tenant, uow -> uow.accounts().insert(fullAccount(null)));
        CatalogEntryId removedType = stored.characteristics().keySet().iterator().next();
        Map<CatalogEntryId, CharacteristicValue> characteristics = new HashMap<>(stored.characteristics());
        characteristics.remove(removedType);
        Map<CatalogEntryId, Interest> interests = new HashMap<>(stored.interests());
        interests.put(CatalogEntryId.newId(), new Interest(InterestKind.INTEREST, "new"));
        Account changed = StoredStates.of(stored).set("responsibles", Set.of(UserId.of("caio")))
                .set("characteristics", characteristics).set("interests", interests)
                .set("details", stored.details().withChannels(List.of("only@fibra.com"), List.of()))
                .set("updatedAt", CREATED).build();

        Account updated = write(store(), tenant, uow -> uow.accounts().update(changed));

        Account loaded = read(store(), tenant, uow -> uow.accounts().findById(stored.id())).orElseThrow();
        assertThat(loaded).isEqualTo(updated);
        assertThat(loaded.version()).isEqualTo(stored.version().next());
        assertThat(loaded.responsibles()).containsExactly(UserId.of("caio"));
        assertThat(loaded.characteristics()).doesNotContainKey(removedType).hasSize(3);
        assertThat(loaded.interests()).hasSize(3);
        assertThat(loaded.details().emails()).containsExactly("only@fibra.com");
        assertThat(loaded.details().phones()).isEmpty();
    }

    @Example
    void givenATaxIdInUse_whenAnotherAccountStoresIt_thenItConflicts() {
        TenantId tenant = storedTenant(store());
        TaxId taxId = TaxIdSamples.cpf();
        write(store(), tenant, uow -> uow.accounts().insert(fullAccount(taxId)));

        ConflictException e = thrown(ConflictException.class,
                () -> run(store(), tenant, uow -> uow.accounts().insert(fullAccount(taxId))));

        assertThat(e.code()).isEqualTo(ConflictException.DUPLICATE);
        assertThat(e.field()).contains("taxId");
        // A driver's detail of the violated key quotes the colliding values: none of it reaches the host.
        assertThat(ErrorText.of(e)).as("the error and its causes").doesNotContain("fibra", taxId.key(), taxId.formatted());
        assertThat(ErrorText.sqlIn(e)).as("SQL in the error and its causes").isNull();
    }

    @Example
    void givenReferences_whenAsked_thenTheRepositoryKnowsWhatAccountsReferTo() {
        TenantId tenant = storedTenant(store());
        Account account = write(store(), tenant, uow -> uow.accounts().insert(fullAccount(null)));
        CatalogEntryId choiceType = account.characteristics().entrySet().stream()
                .filter(e -> e.getValue() instanceof CharacteristicValue.ChoiceValue).findFirst().orElseThrow().getKey();

        assertThat(referred(tenant, account.details().customer().customerTypeId())).isTrue();
        assertThat(referred(tenant, account.details().customer().priceListId())).isTrue();
        assertThat(referred(tenant, choiceType)).isTrue();
        assertThat(referred(tenant, account.interests().keySet().iterator().next())).isTrue();
        assertThat(referred(tenant, CatalogEntryId.newId())).isFalse();
        assertThat((boolean) read(store(), tenant, uow -> uow.accounts().holdsCharacteristicValue(choiceType, "medio")))
                .as("by the value's key").isFalse();
        assertThat((boolean) read(store(), tenant, uow -> uow.accounts().holdsCharacteristicValue(choiceType,
                new CharacteristicValue.ChoiceValue("Médio").key()))).isTrue();
    }

    @Example
    void givenAccounts_whenFoundByIdsOrCountedOrDeleted_thenOnlyTheTenantsAreSeen() {
        TenantId tenant = storedTenant(store());
        TenantId other = storedTenant(store());
        Account first = write(store(), tenant, uow -> uow.accounts().insert(fullAccount(null)));
        Account second = write(store(), tenant, uow -> uow.accounts().insert(fullAccount(null)));
        Account foreign = write(store(), other, uow -> uow.accounts().insert(fullAccount(null)));

        List<Account> found = read(store(), tenant,
                uow -> uow.accounts().findByIds(List.of(first.id(), foreign.id(), AccountId.newId(), second.id())));
        long counted = read(store(), tenant, uow -> uow.accounts().count(AccountCriteria.all(new AccountAccess.Unrestricted())));
        thrown(ConflictException.class, () -> run(store(), tenant,
                uow -> uow.accounts().delete(first.withVersion(Version.of(7)))));
        run(store(), tenant, uow -> uow.accounts().delete(first));

        assertThat(found).extracting(Account::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(counted).isEqualTo(2);
        Optional<Account> gone = read(store(), tenant, uow -> uow.accounts().findById(first.id()));
        assertThat(gone).isEmpty();
        Optional<Account> foreignFound = read(store(), other, uow -> uow.accounts().findById(foreign.id()));
        assertThat(foreignFound).isPresent();
    }

    @Example
    void givenAccounts_whenTheirNamesAreRead_thenEachComesWithItsResponsiblesAndOnlyTheTenantsAreSeen() {
        TenantId tenant = storedTenant(store());
        TenantId other = storedTenant(store());
        Account full = write(store(), tenant, uow -> uow.accounts().insert(fullAccount(null)));
        Account alone = write(store(), tenant, uow -> uow.accounts().insert(
                StoredStates.of(fullAccount(null)).set("responsibles", Set.of(UserId.of("cid"))).build()));
        Account foreign = write(store(), other, uow -> uow.accounts().insert(fullAccount(null)));

        List<AccountName> names = read(store(), tenant,
                uow -> uow.accounts().names(List.of(full.id(), alone.id(), foreign.id(), AccountId.newId(), full.id())));
        List<AccountName> none = read(store(), tenant, uow -> uow.accounts().names(List.of()));

        assertThat(names).containsExactlyInAnyOrder(
                new AccountName(full.id(), full.details().legalName(), Set.of(UserId.of("ana"), UserId.of("bia"))),
                new AccountName(alone.id(), alone.details().legalName(), Set.of(UserId.of("cid"))));
        assertThat(none).isEmpty();
    }

    private boolean referred(TenantId tenant, CatalogEntryId id) {
        return read(store(), tenant, uow -> uow.accounts().refersTo(id));
    }
}
