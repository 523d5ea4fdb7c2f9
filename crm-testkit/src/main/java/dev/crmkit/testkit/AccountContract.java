package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Address;
import dev.crmkit.account.AssignResponsible;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.ClearCharacteristicValue;
import dev.crmkit.account.ClearInterest;
import dev.crmkit.account.CreditProperties;
import dev.crmkit.account.CreditTerms;
import dev.crmkit.account.DuplicateCandidate;
import dev.crmkit.account.ImportAccounts;
import dev.crmkit.account.Interest;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.MarkInterest;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.RemoveResponsible;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.account.TaxId;
import dev.crmkit.account.TaxIdAcceptance;
import dev.crmkit.account.TaxIdKind;
import dev.crmkit.account.TaxIdWarning;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.ChangeCharacteristicChoices;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.relationship.CreateRelationship;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * Accounts: creation with every field, classification recorded with actor and time, duplicates, the checks
 * of details, responsibles and the access scope, characteristic values and interests, and deletion.
 */
public abstract class AccountContract extends CrmKitSupport {

    @Example
    void givenAnAccountWithEveryField_whenCreated_thenEveryFieldIsKeptAndItIsALeadOfItsCreator() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId type = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Corporate").id();
        CatalogEntryId priority = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        CatalogEntryId activity = tenant.addEntry(CatalogKind.ECONOMIC_ACTIVITY, "Telecom").id();
        CatalogEntryId prices = tenant.addEntry(CatalogKind.PRICE_LIST, "Wholesale").id();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        TaxId taxId = TaxIdSamples.cnpj();
        AccountDetails details = anAccount().named(" Fibra Sul Telecom Ltda ").tradingAs("Fibra Sul").withTaxId(taxId)
                .withMainContact("Marta Ribeiro").withEmails("Contato@FibraSul.com.br", "contato@fibrasul.com.br", "fin@fibrasul.com.br")
                .withPhones("+55 (11) 3333-4444", "+55 (11) 3333-4444").withMobileAndWebsite("+55 11 98765-4321", "https://fibrasul.com.br")
                .at(new Address("Rua das Flores", "100", "Centro", "São Paulo", "SP", "01000-000", "br"))
                .withCatalogs(type, priority, activity, prices).withStatus(AccountStatus.RESTRICTED).soldBy(bob.id())
                .withCredit(new CreditProperties(CreditTerms.CREDIT, 30, Money.of("15000.5", "BRL")))
                .withLedger("1.1.2.01", true, false).details();

        AccountCreation creation = admin.accounts().create(new CreateAccount(null, details, null));

        Account account = creation.account();
        assertThat(account.classification()).isEqualTo(Classification.LEAD);
        assertThat(account.responsibles()).containsExactly(tenant.adminId());
        assertThat(account.createdBy()).isEqualTo(tenant.adminId());
        assertThat(account.createdAt()).isEqualTo(START);
        assertThat(account.version()).isEqualTo(Version.FIRST);
        AccountDetails kept = account.details();
        assertThat(kept.legalName()).isEqualTo("Fibra Sul Telecom Ltda");
        assertThat(kept.taxId()).isEqualTo(taxId);
        assertThat(kept.emails()).containsExactly("contato@fibrasul.com.br", "fin@fibrasul.com.br");
        assertThat(kept.phones()).containsExactly("+55 (11) 3333-4444");
        assertThat(kept.address().country()).isEqualTo("BR");
        assertThat(kept.customer().salespersonId()).isEqualTo(bob.id());
        assertThat(kept.customer().status()).isEqualTo(AccountStatus.RESTRICTED);
        assertThat(kept.credit().creditLimit()).isEqualTo(Money.of("15000.50", "BRL"));
        assertThat(kept.supplier()).isTrue();
        assertThat(kept.customer().taxable()).isFalse();
        assertThat(admin.accounts().get(account.id())).isEqualTo(account);
        assertThat(published.eventsOf(tenant.id(), AccountEvent.AccountCreated.class)).singleElement()
                .satisfies(e -> assertThat(e.accountId()).isEqualTo(account.id()));
    }

    @Example
    void givenAnAccount_whenItsClassificationChanges_thenEachChangeIsOnTheTimelineWithActorAndTime() {
        TestTenant tenant = newTenant();
        tenant.addUser("bob", AccessScope.ALL);
        Account lead = tenant.admin().accounts().create(anAccount().build()).account();

        clock.advance(Duration.ofHours(1));
        Account prospect = tenant.as(UserId.of("bob")).accounts()
                .classify(new ClassifyAccount(lead.id(), Classification.PROSPECT, lead.version()));
        clock.advance(Duration.ofHours(1));
        Account customer = tenant.admin().accounts().classify(new ClassifyAccount(lead.id(), Classification.CUSTOMER, null));

        assertThat(prospect.classification()).isEqualTo(Classification.PROSPECT);
        assertThat(customer.classification()).isEqualTo(Classification.CUSTOMER);
        assertThat(customer.updatedAt()).isEqualTo(START.plus(Duration.ofHours(2)));
        List<TimelineEntry> timeline = tenant.admin().accounts().timeline(lead.id(), null, 10).items();
        assertThat(timeline).extracting(TimelineEntry::type, TimelineEntry::actor, TimelineEntry::occurredAt).containsExactly(
                tuple("AccountClassified", tenant.adminId(), START.plus(Duration.ofHours(2))),
                tuple("AccountClassified", UserId.of("bob"), START.plus(Duration.ofHours(1))),
                tuple("AccountCreated", tenant.adminId(), START));
        assertThat(timeline.get(0).changes()).singleElement()
                .satisfies(c -> assertThat(List.of(c.field(), c.oldValue(), c.newValue()))
                        .containsExactly("classification", "PROSPECT", "CUSTOMER"));
        assertThat(timeline.get(0).summary()).isEqualTo("Classification changed from Prospect to Customer");
    }

    @Example
    void givenTheTenantsOwnNameForOther_whenAnAccountIsOther_thenTheProfileShowsThatName() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().classified(Classification.OTHER).build()).account();

        assertThat(tenant.admin().accounts().profile(account.id()).classificationLabel()).isEqualTo("Partner");
    }

    @Example
    void givenAnAccount_whenUpdated_thenTheTimelineShowsOldAndNewValuesAndAStaleUpdateConflicts() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().named("Old Name").inCity("Campinas", "SP", "BR").build()).account();
        AccountDetails renamed = anAccount().named("New Name").inCity("Santos", "SP", "BR").details();

        Account updated = tenant.admin().accounts().update(new UpdateAccount(account.id(), renamed, account.version()));
        ConflictException stale = thrown(ConflictException.class, () -> tenant.admin().accounts()
                .update(new UpdateAccount(account.id(), anAccount().named("Lost").details(), account.version())));

        assertThat(updated.version()).isEqualTo(account.version().next());
        assertThat(stale.code()).isEqualTo(ConflictException.STALE_VERSION);
        assertThat(tenant.admin().accounts().get(account.id()).details().legalName()).isEqualTo("New Name");
        TimelineEntry edit = tenant.admin().accounts().timeline(account.id(), null, 1).items().get(0);
        assertThat(edit.type()).isEqualTo("AccountUpdated");
        assertThat(edit.changes()).extracting("field", "oldValue", "newValue").containsExactly(
                tuple("legalName", "Old Name", "New Name"), tuple("address.city", "Campinas", "Santos"));
    }

    @Example
    void givenATaxIdInUse_whenAnotherAccountUsesItFormattedDifferently_thenItIsRefused() {
        TestTenant tenant = newTenant();
        TaxId cpf = TaxIdSamples.cpf();
        tenant.admin().accounts().create(anAccount().named("First").withTaxId(cpf).build());
        Account second = tenant.admin().accounts().create(anAccount().named("Second").build()).account();

        InvalidCommandException created = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .create(anAccount().named("Copy").withTaxId(TaxId.of("BR", cpf.formatted())).build()));
        InvalidCommandException updated = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .update(new UpdateAccount(second.id(), anAccount().named("Second").withTaxId(cpf).details(), second.version())));

        assertThat(created.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("details.taxId", "Unique"));
        assertThat(updated.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("details.taxId", "Unique"));
        TestTenant other = newTenant();
        assertThat(other.admin().accounts().create(anAccount().withTaxId(cpf).build()).account().details().taxId()).isEqualTo(cpf);
    }

    @Example
    void givenRowsToImport_whenImported_thenAllLandInOrderEachRecordedAsCreated() {
        TestTenant tenant = newTenant();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        TaxId cnpj = TaxIdSamples.cnpj();

        List<AccountId> ids = tenant.admin().accounts().importAccounts(new ImportAccounts(List.of(
                anAccount().named("Imported A").withTaxId(cnpj).build(),
                new CreateAccount(Classification.CUSTOMER, anAccount().named("Imported B").details(), Set.of(bob.id())),
                anAccount().named("Imported C").build())));

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(ids).extracting(id -> tenant.admin().accounts().get(id).details().legalName())
                .containsExactly("Imported A", "Imported B", "Imported C");
        assertThat(tenant.admin().accounts().get(ids.get(1)).classification()).isEqualTo(Classification.CUSTOMER);
        assertThat(tenant.as(bob.id()).accounts().query(AccountQuery.builder().build()).items())
                .extracting(Account::id).containsExactly(ids.get(1));
        assertThat(tenant.admin().accounts().timeline(ids.get(0), null, 10).items()).extracting(TimelineEntry::type)
                .containsExactly("AccountCreated");
        assertThat(published.eventsOf(tenant.id(), AccountEvent.AccountCreated.class)).hasSize(3);
        InvalidCommandException again = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .create(anAccount().withTaxId(cnpj).build()));
        assertThat(again.violations()).extracting(Violation::path).containsExactly("details.taxId");
    }

    @Example
    void givenRowsWithProblems_whenImported_thenEveryProblemIsNamedByRowAndNothingLands() {
        TestTenant tenant = newTenant();
        TaxId taken = TaxIdSamples.cpf();
        TaxId twice = TaxIdSamples.cpf();
        tenant.admin().accounts().create(anAccount().named("Already here").withTaxId(taken).build());
        long before = tenant.admin().accounts().query(AccountQuery.builder().withTotal().build()).totalCount().orElseThrow();
        List<CreateAccount> rows = new ArrayList<>(List.of(
                anAccount().named("Fine").withTaxId(twice).build(),
                anAccount().named(" ").build(),
                anAccount().named("Same tax id as row 0").withTaxId(TaxId.of("BR", twice.formatted())).build(),
                anAccount().named("Tax id of the tenant").withTaxId(taken).build(),
                new CreateAccount(null, anAccount().named("Nobody's").details(), Set.of(UserId.of("ghost")))));
        rows.add(null);

        InvalidCommandException e = thrown(InvalidCommandException.class,
                () -> tenant.admin().accounts().importAccounts(new ImportAccounts(rows)));
        InvalidCommandException tooMany = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .importAccounts(new ImportAccounts(Collections.nCopies(ImportAccounts.MAX_ROWS + 1,
                        anAccount().build()))));

        assertThat(e.command()).isEqualTo("ImportAccounts");
        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("accounts[1].details.legalName", "NotBlank"), tuple("accounts[5]", "NotNull"));
        InvalidCommandException rules = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .importAccounts(new ImportAccounts(List.of(rows.get(0), anAccount().named("Now named").build(), rows.get(2),
                        rows.get(3), rows.get(4)))));
        assertThat(rules.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("accounts[2].details.taxId", "Unique"), tuple("accounts[3].details.taxId", "Unique"),
                tuple("accounts[4].responsibles", "UnknownReference"));
        assertThat(tooMany.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("accounts", "Size"));
        assertThat(tenant.admin().accounts().query(AccountQuery.builder().withTotal().build()).totalCount()).hasValue(before);
    }

    @Example
    void givenABadTaxId_whenAnAccountIsCreated_thenTheFieldIsNamedWithWhatIsWrong() {
        TestTenant tenant = newTenant();
        String valid = TaxIdSamples.cpf().number();
        String wrongDigit = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .create(anAccount().withTaxId(TaxId.of("BR", wrongDigit)).build()));

        assertThat(e.violations()).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("details.taxId", "ValidTaxId", "is not a valid CPF (11 digits with correct check digits)"));
    }

    @Example
    void givenSimilarNames_whenAnAccountIsCreated_thenTheSimilarAccountsInScopeAreReported() {
        TestTenant tenant = newTenant();
        Account saoJoao = tenant.admin().accounts().create(anAccount().named("São João Materiais Ltda").build()).account();
        tenant.admin().accounts().create(anAccount().named("Padaria Central").build());

        AccountCreation creation = tenant.admin().accounts().create(anAccount().named("SAO JOAO MATERIAIS LTDA.").build());

        assertThat(creation.similar()).extracting(DuplicateCandidate::accountId).containsExactly(saoJoao.id());
        assertThat(creation.similar().get(0).similarity()).isEqualTo(1.0);
        assertThat(tenant.admin().accounts().similarTo("Joao Materiais", 5)).extracting(DuplicateCandidate::accountId)
                .contains(saoJoao.id());
    }

    @Example
    void givenBadReferencesInDetails_whenAnAccountIsCreated_thenEachIsNamed() {
        TestTenant tenant = newTenant();
        CatalogEntryId priority = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        CatalogEntryId inactiveType = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Old").id();
        tenant.admin().catalogs().deactivate(inactiveType);
        var gone = tenant.addUser("gone", AccessScope.PORTFOLIO);
        tenant.admin().users().deactivate(gone.id());

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().accounts().create(anAccount()
                .withCatalogs(inactiveType, CatalogEntryId.newId(), priority, null).soldBy(gone.id())
                .withCredit(new CreditProperties(CreditTerms.CASH, 30, new Money(new BigDecimal("-1"), Currency.getInstance("BRL"))))
                .build()));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                tuple("details.credit.creditDays", "OnlyForCredit"),
                tuple("details.credit.creditLimit.amount", "PositiveOrZero"),
                tuple("details.customer.customerTypeId", "InactiveReference"),
                tuple("details.customer.economicActivityId", "WrongKind"),
                tuple("details.customer.priorityId", "UnknownReference"),
                tuple("details.customer.salespersonId", "InactiveReference"));
    }

    @Example
    void givenScopes_whenUsersLookAtAccounts_thenEachSeesOnlyItsPortfolioTeamOrAll() {
        TestTenant tenant = newTenant();
        CatalogEntryId north = tenant.addTeam("North");
        var ana = tenant.addUser(aUser().withId("ana").inTeam(north).withScope(AccessScope.PORTFOLIO));
        var bia = tenant.addUser(aUser().withId("bia").inTeam(north).withScope(AccessScope.TEAM));
        var caio = tenant.addUser(aUser().withId("caio").withScope(AccessScope.PORTFOLIO));
        Account anas = tenant.admin().accounts().create(anAccount().named("Ana's").responsibles(ana.id()).build()).account();
        Account caios = tenant.admin().accounts().create(anAccount().named("Caio's").responsibles(caio.id()).build()).account();

        assertThat(tenant.as(ana.id()).accounts().get(anas.id())).isEqualTo(anas);
        assertThat(tenant.as(bia.id()).accounts().get(anas.id())).isEqualTo(anas);
        NotFoundException hidden = thrown(NotFoundException.class, () -> tenant.as(ana.id()).accounts().get(caios.id()));
        thrown(NotFoundException.class, () -> tenant.as(bia.id()).accounts().get(caios.id()));
        assertThat(tenant.admin().accounts().get(caios.id())).isEqualTo(caios);

        // Outside the scope is answered as unknown: nothing tells the account exists.
        assertThat(hidden.entity()).isEqualTo("account");
        assertThat(hidden.field()).contains("accountId");
        thrown(NotFoundException.class, () -> tenant.as(ana.id()).accounts()
                .classify(new ClassifyAccount(caios.id(), Classification.PROSPECT, null)));
        assertThat(tenant.admin().accounts().get(caios.id()).classification()).isEqualTo(Classification.LEAD);
    }

    @Example
    void givenAPortfolioUser_whenItCreatesAnAccountForOthersOrRemovesItself_thenItIsRefused() {
        TestTenant tenant = newTenant();
        var ana = tenant.addUser("ana", AccessScope.PORTFOLIO);
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        CrmSession asAna = tenant.as(ana.id());

        RuleViolationException forOthers = thrown(RuleViolationException.class,
                () -> asAna.accounts().create(anAccount().responsibles(bob.id()).build()));
        Account own = asAna.accounts().create(anAccount().build()).account();
        Account shared = asAna.accounts().assignResponsible(new AssignResponsible(own.id(), bob.id()));
        RuleViolationException leaving = thrown(RuleViolationException.class,
                () -> asAna.accounts().removeResponsible(new RemoveResponsible(own.id(), ana.id())));
        Account bobLeft = asAna.accounts().removeResponsible(new RemoveResponsible(own.id(), bob.id()));

        assertThat(forOthers.code()).isEqualTo("rule.account.outside-scope");
        assertThat(own.responsibles()).containsExactly(ana.id());
        assertThat(shared.responsibles()).containsExactly(ana.id(), bob.id());
        assertThat(leaving.field()).contains("userId");
        assertThat(bobLeft.responsibles()).containsExactly(ana.id());
        assertThat(tenant.as(bob.id()).accounts().query(AccountQuery.builder().build()).items()).isEmpty();
    }

    @Example
    void givenCharacteristicTypes_whenValuesAreSet_thenTheyAreTypedAndCheckedAgainstTheCatalog() {
        TestTenant tenant = newTenant();
        CatalogEntry size = tenant.admin().catalogs().createCharacteristicType(
                new CreateCharacteristicType("Size", CharacteristicValueType.CHOICE, List.of("Small", "Large")));
        CatalogEntry employees = tenant.admin().catalogs().createCharacteristicType(
                new CreateCharacteristicType("Employees", CharacteristicValueType.NUMBER, null));
        CatalogEntry exporter = tenant.admin().catalogs().createCharacteristicType(
                new CreateCharacteristicType("Exporter", CharacteristicValueType.YES_NO, null));
        Account account = tenant.admin().accounts().create(anAccount().build()).account();

        tenant.admin().accounts().setCharacteristic(new SetCharacteristicValue(account.id(), size.id(), "  large "));
        tenant.admin().accounts().setCharacteristic(new SetCharacteristicValue(account.id(), employees.id(), "1250,5"));
        Account set = tenant.admin().accounts().setCharacteristic(new SetCharacteristicValue(account.id(), exporter.id(), "Sim"));
        InvalidCommandException notAChoice = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .setCharacteristic(new SetCharacteristicValue(account.id(), size.id(), "Huge")));
        InvalidCommandException notANumber = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .setCharacteristic(new SetCharacteristicValue(account.id(), employees.id(), "many")));
        InvalidCommandException notAType = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .setCharacteristic(new SetCharacteristicValue(account.id(), tenant.addTeam("T"), "x")));

        assertThat(set.characteristics()).containsEntry(size.id(), new CharacteristicValue.ChoiceValue("Large"))
                .containsEntry(employees.id(), new CharacteristicValue.NumberValue(new BigDecimal("1250.5")))
                .containsEntry(exporter.id(), new CharacteristicValue.YesNoValue(true));
        assertThat(notAChoice.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("value", "NotAChoice"));
        assertThat(notANumber.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("value", "NotANumber"));
        assertThat(notAType.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("characteristicTypeId", "WrongKind"));

        Account cleared = tenant.admin().accounts().clearCharacteristic(new ClearCharacteristicValue(account.id(), exporter.id()));
        assertThat(cleared.characteristics()).doesNotContainKey(exporter.id());
        thrown(RuleViolationException.class, () -> tenant.admin().catalogs().delete(size.id()));
        RuleViolationException choiceInUse = thrown(RuleViolationException.class, () -> tenant.admin().catalogs().changeChoices(
                new ChangeCharacteristicChoices(size.id(), List.of("Small"), size.version())));
        assertThat(choiceInUse.code()).isEqualTo("rule.catalog.choice-in-use");
    }

    @Example
    void givenInterestAreas_whenMarked_thenInterestsAndDisinterestsKeepTheirNotes() {
        TestTenant tenant = newTenant();
        CatalogEntryId fiber = tenant.addEntry(CatalogKind.INTEREST_AREA, "Fiber").id();
        CatalogEntryId tv = tenant.addEntry(CatalogKind.INTEREST_AREA, "TV").id();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();

        tenant.admin().accounts().markInterest(new MarkInterest(account.id(), fiber, InterestKind.INTEREST, "wants 1 Gbps at the branch"));
        Account marked = tenant.admin().accounts().markInterest(new MarkInterest(account.id(), tv, InterestKind.DISINTEREST, null));

        assertThat(marked.interests()).containsEntry(fiber, new Interest(InterestKind.INTEREST, "wants 1 Gbps at the branch"))
                .containsEntry(tv, new Interest(InterestKind.DISINTEREST, null));
        thrown(RuleViolationException.class, () -> tenant.admin().catalogs().delete(fiber));
        Account cleared = tenant.admin().accounts().clearInterest(new ClearInterest(account.id(), fiber));
        assertThat(cleared.interests()).containsOnlyKeys(tv);
        tenant.admin().catalogs().delete(fiber);
    }

    @Example
    void givenALeadWithEverything_whenDeleted_thenNothingOfItRemainsAndACustomerCannotBeDeleted() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account lead = admin.accounts().create(anAccount().named("Lead").build()).account();
        Account other = admin.accounts().create(anAccount().named("Other").build()).account();
        CatalogEntryId partner = admin.catalogs().createRelationshipType(
                new CreateRelationshipType("partner of", "partner of", false)).id();
        var contact = admin.contacts().add(new AddContact(lead.id(), ContactDetails.named("João")));
        admin.relationships().create(new CreateRelationship(other.id(), lead.id(), partner, null));

        admin.accounts().delete(lead.id());

        thrown(NotFoundException.class, () -> admin.accounts().get(lead.id()));
        thrown(NotFoundException.class, () -> admin.contacts().get(contact.id()));
        assertThat(admin.relationships().of(other.id())).isEmpty();
        assertThat(admin.accounts().timeline(other.id(), null, 10).items()).extracting(TimelineEntry::type)
                .containsExactly("RelationshipRemoved", "RelationshipCreated", "AccountCreated");
        assertThat(published.eventsOf(tenant.id(), AccountEvent.AccountDeleted.class)).hasSize(1);
        admin.catalogs().delete(partner);

        Account customer = admin.accounts().create(anAccount().classified(Classification.CUSTOMER).build()).account();
        RuleViolationException refused = thrown(RuleViolationException.class, () -> admin.accounts().delete(customer.id()));
        assertThat(refused.code()).isEqualTo("rule.account.customer");
        assertThat(admin.accounts().get(customer.id())).isEqualTo(customer);
    }

    @Example
    void givenAnUnknownAccount_whenRead_thenItIsNotFoundNamingTheField() {
        TestTenant tenant = newTenant();
        AccountId unknown = AccountId.newId();

        NotFoundException e = thrown(NotFoundException.class, () -> tenant.admin().accounts().profile(unknown));

        assertThat(e.entity()).isEqualTo("account");
        assertThat(e.field()).contains("accountId");
    }

    @Example
    void givenANaturalPerson_whenCreatedWithACpf_thenItIsStoredWithItsKind() {
        TestTenant tenant = newTenant();

        Account person = tenant.admin().accounts()
                .create(anAccount().as(PersonKind.NATURAL).named("Maria Souza").withTaxId(TaxIdSamples.cpf()).build()).account();

        assertThat(person.details().personKind()).isEqualTo(PersonKind.NATURAL);
        assertThat(person.details().taxId().kind()).isEqualTo(TaxIdKind.BR_CPF);
        assertThat(Set.of(person.details().taxId().formatted().charAt(3))).containsExactly('.');
    }

    @Example
    void givenACompanyRucWithoutAValidCheckDigit_whenCreated_thenItIsAWarningThatAnAcceptanceStoresWithWhoAndWhen() {
        TestTenant tenant = newTenant();
        var ana = tenant.addUser("ana", AccessScope.ALL);
        TaxId ruc = TaxId.of("EC", "0190115799001");
        CreateAccount plain = anAccount().named("Comercial Andina S.A.").withTaxId(ruc).build();

        InvalidCommandException warned = thrown(InvalidCommandException.class, () -> tenant.as(ana.id()).accounts().create(plain));
        Account created = tenant.as(ana.id()).accounts().create(new CreateAccount(plain.classification(), plain.details(),
                plain.responsibles(), true)).account();

        assertThat(warned.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("details.taxId", "TaxIdWarning"));
        assertThat(warned.violations(Locale.ENGLISH).get(0).message())
                .startsWith("is a company RUC whose check digit does not match");
        assertThat(warned.violations(ExpectedMessages.PT_BR).get(0).message())
                .startsWith("é um RUC de empresa cujo dígito verificador não confere");
        assertThat(warned.violations(ExpectedMessages.ES).get(0).message())
                .startsWith("es un RUC de empresa cuyo dígito verificador no coincide");
        TaxIdAcceptance accepted = new TaxIdAcceptance(TaxIdWarning.UNVERIFIED_CHECK_DIGIT, ana.id(), clock.instant());
        assertThat(created.taxIdAcceptance()).contains(accepted);
        assertThat(tenant.admin().accounts().get(created.id()).taxIdAcceptance()).as("read back").contains(accepted);
        assertThat(created.details().taxId()).isEqualTo(ruc);
    }

    @Example
    void givenAnAcceptedRucWarning_whenTheAccountIsUpdated_thenItStaysWithItsNumberAndANewNumberNeedsItsOwn() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CreateAccount plain = anAccount().withTaxId(TaxId.of("EC", "0190115799001")).build();
        Account created = admin.accounts().create(new CreateAccount(null, plain.details(), null, true)).account();
        TaxIdAcceptance first = created.taxIdAcceptance().orElseThrow();
        clock.advance(Duration.ofHours(1));

        Account renamed = admin.accounts().update(new UpdateAccount(created.id(), created.details().withNames("Andina S.A.", null),
                created.version()));
        InvalidCommandException otherRuc = thrown(InvalidCommandException.class, () -> admin.accounts().update(new UpdateAccount(
                created.id(), renamed.details().withTaxId(TaxId.of("EC", "0190115797001")), renamed.version())));
        Account renumbered = admin.accounts().update(new UpdateAccount(created.id(),
                renamed.details().withTaxId(TaxId.of("EC", "0190115797001")), renamed.version(), true));
        Account verified = admin.accounts().update(new UpdateAccount(created.id(),
                renumbered.details().withTaxId(TaxId.of("EC", "1790011674001")), renumbered.version()));

        assertThat(renamed.taxIdAcceptance()).contains(first);
        assertThat(otherRuc.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("details.taxId", "TaxIdWarning"));
        assertThat(renumbered.taxIdAcceptance()).contains(new TaxIdAcceptance(TaxIdWarning.UNVERIFIED_CHECK_DIGIT,
                tenant.adminId(), clock.instant()));
        assertThat(verified.taxIdAcceptance()).as("a verified number needs none").isEmpty();
        assertThat(admin.accounts().get(created.id())).isEqualTo(verified);
    }

    @Example
    void givenAnImportWithAnUnverifiedRuc_whenTheRowAcceptsItOrNot_thenOnlyTheAcceptingRowPasses() {
        TestTenant tenant = newTenant();
        CreateAccount row = anAccount().withTaxId(TaxId.of("EC", "0190115799001")).build();

        InvalidCommandException refused = thrown(InvalidCommandException.class, () -> tenant.admin().accounts().importAccounts(
                new ImportAccounts(List.of(anAccount().build(), row))));
        List<AccountId> imported = tenant.admin().accounts().importAccounts(new ImportAccounts(List.of(anAccount().build(),
                new CreateAccount(null, row.details(), null, true))));

        assertThat(refused.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("accounts[1].details.taxId", "TaxIdWarning"));
        assertThat(tenant.admin().accounts().get(imported.get(1)).taxIdAcceptance()).map(TaxIdAcceptance::acceptedBy)
                .contains(tenant.adminId());
    }

    @Example
    void givenRegistryNumbersAsPeoplePasteThem_whenAccountsAreCreated_thenTheyAreStoredAsTheNumbersTheyShow() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        String cpf = TaxIdSamples.cpf().formatted();

        Account person = admin.accounts().create(anAccount().as(PersonKind.NATURAL)
                .withTaxId(TaxId.of("BR", cpf.replace('-', '\u2013') + "\u00A0")).build()).account();
        Account company = admin.accounts().create(anAccount().withTaxId(TaxId.of("BR", "12. ABC.345 /01DE\u201335")).build()).account();
        Account foreignResident = admin.accounts().create(anAccount().as(PersonKind.NATURAL)
                .withTaxId(TaxId.of("EC", "0962467429\u2011001")).build()).account();
        Account publicFormat = admin.accounts().create(anAccount().withTaxId(TaxId.of("EC", "1793221293001")).build()).account();

        assertThat(person.details().taxId()).isEqualTo(TaxId.of("BR", cpf));
        assertThat(person.details().taxId().kind()).isEqualTo(TaxIdKind.BR_CPF);
        assertThat(company.details().taxId().number()).isEqualTo("12ABC34501DE35");
        assertThat(foreignResident.details().taxId().number()).isEqualTo("0962467429001");
        assertThat(publicFormat.taxIdAcceptance()).isEmpty();
    }

    @Example
    void givenATaxIdInAnotherScriptOrOfNoKindsLength_whenCreated_thenTheViolationSaysSoInEachLanguage() {
        TestTenant tenant = newTenant();
        String arabic = "\u0665\u0662\u0669\u0669\u0668\u0662\u0662\u0664\u0667\u0662\u0665";

        InvalidCommandException script = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .create(anAccount().withTaxId(TaxId.of("BR", arabic)).build()));
        InvalidCommandException length = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .create(anAccount().withTaxId(TaxId.of("BR", "529982247251")).build()));

        assertThat(script.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("details.taxId", "ValidTaxId"));
        assertThat(script.violations(Locale.ENGLISH).get(0).message()).contains("digits 0 to 9");
        assertThat(script.violations(ExpectedMessages.PT_BR).get(0).message()).contains("algarismos de 0 a 9");
        assertThat(script.violations(ExpectedMessages.ES).get(0).message()).contains("dígitos del 0 al 9");
        assertThat(length.violations(Locale.ENGLISH).get(0).message()).as("a 12-character number is neither kind, not a bad CNPJ")
                .isEqualTo("is not a valid CPF (11 digits) or CNPJ (14 characters)");
    }
}
