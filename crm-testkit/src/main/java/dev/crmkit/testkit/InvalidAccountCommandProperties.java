package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.Address;
import dev.crmkit.account.AssignResponsible;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.CreditProperties;
import dev.crmkit.account.CreditTerms;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.MarkInterest;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.account.TaxId;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.agenda.AgendaTemplate;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.DeleteAgendaEntries;
import dev.crmkit.agenda.EditAgendaEntry;
import dev.crmkit.agenda.ImportAgendaEntries;
import dev.crmkit.agenda.ImportedAgendaEntry;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TemplateItem;
import dev.crmkit.agenda.UpdateAgendaSettings;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.Money;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.contact.UpdateContact;
import dev.crmkit.document.AttachDocument;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.document.UpdateDocument;
import dev.crmkit.io.CrmJson;
import dev.crmkit.relationship.CreateRelationship;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: bad input for every account, contact, relationship, document and query command (generated) gets
 * the invalid-command error naming the field, in the actor's locale, and changes nothing.
 */
public abstract class InvalidAccountCommandProperties extends CrmKitSupport {

    private static final CrmJson JSON = new CrmJson();

    @Property(tries = 250)
    void badInputNamesTheFieldInTheActorsLocaleAndChangesNothing(
            @ForAll("badInputs") BadInput bad, @ForAll("locales") Locale locale) {
        World world = world();
        CrmSession admin = world.tenant().as(world.tenant().adminId(), locale);
        State before = State.of(world);
        int eventsBefore = published.eventsOf(world.tenant().id()).size();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> bad.call().accept(world, admin));

        assertThat(e.violations()).as(bad.toString()).extracting(Violation::path, Violation::code)
                .contains(tuple(bad.field(), bad.code()));
        assertThat(e.locale()).isEqualTo(Messages.supported(locale));
        String expected = ExpectedMessages.fragment(bad.code(), locale);
        if (expected != null) {
            assertThat(e.violations()).filteredOn(v -> v.path().equals(bad.field())).extracting(Violation::message)
                    .anySatisfy(message -> assertThat(message).contains(expected));
        }
        assertThat(State.of(world)).isEqualTo(before);
        assertThat(published.eventsOf(world.tenant().id())).hasSize(eventsBefore);
    }

    private World world() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        tenant.addUser("bob", AccessScope.ALL);
        CatalogEntry customerType = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Corporate");
        CatalogEntry area = tenant.addEntry(CatalogKind.INTEREST_AREA, "Fiber");
        CatalogEntry employees = admin.catalogs().createCharacteristicType(
                new CreateCharacteristicType("Employees", CharacteristicValueType.NUMBER, null));
        CatalogEntry size = admin.catalogs().createCharacteristicType(
                new CreateCharacteristicType("Size", CharacteristicValueType.CHOICE, List.of("Small", "Large")));
        CatalogEntry partner = admin.catalogs().createRelationshipType(new CreateRelationshipType("partner of", "partner of", false));
        Account account = admin.accounts().create(anAccount().named("Fixture").build()).account();
        Account other = admin.accounts().create(anAccount().named("Other").build()).account();
        Contact contact = admin.contacts().add(new AddContact(account.id(), ContactDetails.named("Ana")));
        Document document = admin.documents().attach(new AttachDocument(account.id(), DocumentKind.OTHER, null, "a.txt",
                "text/plain", null, null), new ByteArrayInputStream(new byte[] {1, 2, 3}));
        AgendaEntry entry = admin.agenda().create(CreateAgendaEntry.about(account.id(), null, "Call Ana", null));
        return new World(tenant, account, other, contact, document, customerType, area, employees, size, partner, entry);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, ExpectedMessages.PT_BR, ExpectedMessages.ES, Locale.GERMAN);
    }

    @Provide
    Arbitrary<BadInput> badInputs() {
        List<Arbitrary<BadInput>> all = new ArrayList<>();
        // CreateAccount, field by field
        all.add(fixed("CreateAccount.details=null", "details", "NotNull",
                (w, s) -> s.accounts().create(new CreateAccount(null, null, null))));
        all.add(text("legalName", "details.legalName", 200, inDetails((d, t) -> d.withNames(t, null))));
        all.add(tooLong("tradeName", "details.tradeName", 200, inDetails((d, t) -> d.withNames("Valid", t))));
        all.add(details("personKind=null", "details.personKind", "NotNull", d -> new AccountDetails(null, "X", null, null, null,
                null, null, null, null, null, null, null, null, false)));
        all.add(Arbitraries.of("not-an-email", "a@", "@b.com", "a b@c.com").map(email -> detailsInput("email " + email,
                "details.emails[1]", "Email", d -> d.withChannels(List.of("ok@x.com", email), List.of()))));
        all.add(details("11 e-mails", "details.emails", "Size", d -> d.withChannels(
                IntStream.range(0, 11).mapToObj(i -> "x" + i + "@y.com").toList(), List.of())));
        all.add(Arbitraries.of("abc", "12", "+55 (11) 9999-9999 ramal 3", "++55 11 99999999").map(phone -> detailsInput(
                "phone " + phone, "details.phones[0]", "Phone", d -> d.withChannels(List.of(), List.of(phone)))));
        all.add(Arbitraries.of("XX", "Brazil", "br1", "B").map(country -> detailsInput("country " + country,
                "details.address.country", "IsoCountry", d -> d.withAddress(new Address(null, null, null, "X", null, null, country)))));
        all.add(Arbitraries.of("123.456.789-00", "12.345.678/0001-00", "1234567890", "0000000000000")
                .map(number -> detailsInput("taxId " + number, "details.taxId", "ValidTaxId",
                        d -> d.withTaxId(TaxId.of(number.length() == 10 || number.length() == 13 ? "EC" : "BR", number)))));
        all.add(details("taxId country ZZ", "details.taxId", "ValidTaxId", d -> d.withTaxId(TaxId.of("ZZ", "123"))));
        all.add(Arbitraries.of(-1, 3651, 100_000).map(days -> detailsInput("creditDays " + days, "details.credit.creditDays",
                days < 0 ? "Min" : "Max", d -> d.withCredit(new CreditProperties(CreditTerms.CREDIT, days, null)))));
        all.add(details("negative limit", "details.credit.creditLimit.amount", "PositiveOrZero", d -> d.withCredit(
                new CreditProperties(CreditTerms.CREDIT, 30, new Money(new BigDecimal("-0.01"), Currency.getInstance("BRL"))))));
        all.add(fixed("customerTypeId unknown", "details.customer.customerTypeId", "UnknownReference",
                (w, s) -> s.accounts().create(anAccount().withCatalogs(CatalogEntryId.newId(), null, null, null).build())));
        all.add(fixed("priorityId not a priority", "details.customer.priorityId", "WrongKind",
                (w, s) -> s.accounts().create(anAccount().withCatalogs(null, w.customerType().id(), null, null).build())));
        all.add(fixed("salesperson unknown", "details.customer.salespersonId", "UnknownReference",
                (w, s) -> s.accounts().create(anAccount().soldBy(UserId.of("nobody")).build())));
        all.add(fixed("responsible unknown", "responsibles", "UnknownReference",
                (w, s) -> s.accounts().create(anAccount().responsibles(UserId.of("nobody")).build())));
        all.add(badJson("classification", "classification", CreateAccount.class,
                v -> "{\"classification\":" + v + ",\"details\":{\"personKind\":\"LEGAL\",\"legalName\":\"X\"}}"));
        all.add(badJson("personKind", "details.personKind", CreateAccount.class,
                v -> "{\"details\":{\"personKind\":" + v + ",\"legalName\":\"X\"}}"));
        // Other account commands
        all.add(fixed("UpdateAccount.expectedVersion=null", "expectedVersion", "NotNull",
                (w, s) -> s.accounts().update(new UpdateAccount(w.account().id(), w.account().details(), null))));
        all.add(text("UpdateAccount.legalName", "details.legalName", 200, t -> (w, s) -> s.accounts().update(
                new UpdateAccount(w.account().id(), w.account().details().withNames(t, null), w.account().version()))));
        all.add(fixed("ClassifyAccount.classification=null", "classification", "NotNull",
                (w, s) -> s.accounts().classify(new ClassifyAccount(w.account().id(), null, null))));
        all.add(fixed("AssignResponsible unknown", "userId", "UnknownReference",
                (w, s) -> s.accounts().assignResponsible(new AssignResponsible(w.account().id(), UserId.of("nobody")))));
        all.add(Arbitraries.of("many", "1,2,3", "1e", "12.3.4").map(v -> new BadInput("Employees=" + v, "value", "NotANumber",
                (w, s) -> s.accounts().setCharacteristic(new SetCharacteristicValue(w.account().id(), w.employees().id(), v)))));
        all.add(fixed("Size=Huge", "value", "NotAChoice", (w, s) -> s.accounts()
                .setCharacteristic(new SetCharacteristicValue(w.account().id(), w.size().id(), "Huge"))));
        all.add(text("SetCharacteristicValue.value", "value", 500, t -> (w, s) -> s.accounts()
                .setCharacteristic(new SetCharacteristicValue(w.account().id(), w.size().id(), t))));
        all.add(fixed("MarkInterest.kind=null", "kind", "NotNull",
                (w, s) -> s.accounts().markInterest(new MarkInterest(w.account().id(), w.area().id(), null, null))));
        all.add(tooLong("MarkInterest.note", "note", 2000, t -> (w, s) -> s.accounts()
                .markInterest(new MarkInterest(w.account().id(), w.area().id(), InterestKind.INTEREST, t))));
        all.add(fixed("MarkInterest.areaId wrong kind", "areaId", "WrongKind", (w, s) -> s.accounts()
                .markInterest(new MarkInterest(w.account().id(), w.customerType().id(), InterestKind.INTEREST, null))));
        // Contacts, relationships, documents
        all.add(text("AddContact.name", "details.name", 200, t -> (w, s) -> s.contacts()
                .add(new AddContact(w.account().id(), ContactDetails.named(t)))));
        all.add(fixed("AddContact.email", "details.emails[0]", "Email", (w, s) -> s.contacts().add(new AddContact(
                w.account().id(), new ContactDetails("Ana", null, List.of("nope"), null, null)))));
        all.add(fixed("UpdateContact.expectedVersion=null", "expectedVersion", "NotNull", (w, s) -> s.contacts()
                .update(new UpdateContact(w.contact().id(), ContactDetails.named("Ana"), null))));
        all.add(fixed("CreateRelationship.typeId unknown", "typeId", "UnknownReference", (w, s) -> s.relationships()
                .create(new CreateRelationship(w.account().id(), w.other().id(), CatalogEntryId.newId(), null))));
        all.add(tooLong("CreateRelationship.reason", "reason", 500, t -> (w, s) -> s.relationships()
                .create(new CreateRelationship(w.account().id(), w.other().id(), w.partner().id(), t))));
        all.add(text("AttachDocument.fileName", "fileName", 255, t -> (w, s) -> s.documents().attach(new AttachDocument(
                w.account().id(), DocumentKind.OTHER, null, t, "text/plain", null, null), new ByteArrayInputStream(new byte[] {1}))));
        all.add(Arbitraries.of("pdf", "application", "text/", "/plain", "a b/c").map(type -> new BadInput("mediaType " + type,
                "mediaType", "Pattern", (w, s) -> s.documents().attach(new AttachDocument(w.account().id(), DocumentKind.OTHER,
                        null, "f.bin", type, null, null), new ByteArrayInputStream(new byte[] {1})))));
        all.add(fixed("AttachDocument.validUntil before validFrom", "validUntil", "BeforeValidFrom", (w, s) -> s.documents()
                .attach(new AttachDocument(w.account().id(), DocumentKind.CONTRACT, null, "c.pdf", "application/pdf",
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)), new ByteArrayInputStream(new byte[] {1}))));
        all.add(text("UpdateDocument.title", "title", 200, t -> (w, s) -> s.documents().update(
                new UpdateDocument(w.document().id(), t, null, null, w.document().version()))));
        // Queries
        all.add(Arbitraries.of(0, -5, 501).map(size -> new BadInput("pageSize " + size, "pageSize", size < 1 ? "Min" : "Max",
                (w, s) -> s.accounts().query(AccountQuery.builder().pageSize(size).build()))));
        all.add(Arbitraries.of("garbage", "AAAA", "!!!").map(cursor -> new BadInput("cursor " + cursor, "cursor", "InvalidCursor",
                (w, s) -> s.accounts().query(AccountQuery.builder().after(cursor).build()))));
        all.add(fixed("characteristic filter not a number", "characteristics[0].value", "NotANumber", (w, s) -> s.accounts()
                .query(AccountQuery.builder().characteristic(w.employees().id(), "lots").build())));
        all.add(fixed("query country", "country", "IsoCountry",
                (w, s) -> s.accounts().query(AccountQuery.builder().place(null, null, "XX").build())));
        all.add(fixed("query dates reversed", "createdTo", "AfterFrom", (w, s) -> s.accounts().query(AccountQuery.builder()
                .createdBetween(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")).build())));
        all.add(fixed("directory limit 0", "limit", "Range", (w, s) -> s.contacts().directory(null, null, 0)));
        // Agenda
        all.add(text("CreateAgendaEntry.description", "description", AgendaEntry.MAX_DESCRIPTION, t -> (w, s) -> s.agenda()
                .create(CreateAgendaEntry.about(w.account().id(), null, t, null))));
        all.add(fixed("CreateAgendaEntry contact of another account", "contactId", "NotOfAccount", (w, s) -> s.agenda()
                .create(new CreateAgendaEntry(w.other().id(), w.contact().id(), null, null, "Visit", null, null, null))));
        all.add(fixed("CreateAgendaEntry.typeId not an agenda type", "typeId", "WrongKind", (w, s) -> s.agenda()
                .create(CreateAgendaEntry.about(w.account().id(), w.area().id(), "Visit", null))));
        all.add(Arbitraries.of(0, -1, 367).map(every -> new BadInput("recurrence every " + every, "recurrence.every",
                every < 1 ? "Min" : "Max", (w, s) -> s.agenda().create(new CreateAgendaEntry(w.account().id(), null, null, null,
                        "Visit", new Schedule.AnyTimeOn(LocalDate.of(2026, 3, 2)), null, new Recurrence(RecurrenceUnit.DAYS, every, null, 3))))));
        all.add(fixed("recurrence without an end", "recurrence", "NeedsEnd", (w, s) -> s.agenda().create(new CreateAgendaEntry(
                w.account().id(), null, null, null, "Visit", new Schedule.AnyTimeOn(LocalDate.of(2026, 3, 2)), null,
                new Recurrence(RecurrenceUnit.WEEKS, 1, null, null)))));
        all.add(text("EditAgendaEntry.description", "description", AgendaEntry.MAX_DESCRIPTION, t -> (w, s) -> s.agenda()
                .edit(new EditAgendaEntry(w.entry().id(), null, null, null, t, null, w.entry().userId(), w.entry().version()))));
        all.add(fixed("EditAgendaEntry.expectedVersion=null", "expectedVersion", "NotNull", (w, s) -> s.agenda()
                .edit(new EditAgendaEntry(w.entry().id(), null, null, null, "Edited", null, w.entry().userId(), null))));
        all.add(fixed("DeleteAgendaEntries empty", "entryIds", "NotEmpty",
                (w, s) -> s.agenda().delete(new DeleteAgendaEntries(List.of()))));
        all.add(fixed("UpdateAgendaSettings.contractNoticeDays", "contractNoticeDays", "Max", (w, s) -> s.agenda()
                .updateSettings(UpdateAgendaSettings.from(s.agenda().settings()).withContractNoticeDays(400))));
        all.add(fixed("UpdateAgendaSettings duplicate template", "templates[1].name", "Unique", (w, s) -> s.agenda()
                .updateSettings(UpdateAgendaSettings.from(s.agenda().settings()).withTemplates(List.of(
                        new AgendaTemplate("Onboarding", List.of(new TemplateItem(null, "Visit", 0, null))),
                        new AgendaTemplate("ONBOARDING", List.of(new TemplateItem(null, "Call", 1, null))))))));
        all.add(text("ImportedAgendaEntry.description", "entries[1].description", AgendaEntry.MAX_DESCRIPTION, t -> (w, s) -> s.agenda()
                .importEntries(new ImportAgendaEntries(List.of(
                        new ImportedAgendaEntry(w.account().id(), null, null, "Fine", null, false, null, null),
                        new ImportedAgendaEntry(w.account().id(), null, null, t, null, true, null, null))))));
        all.add(fixed("ImportAgendaEntries empty", "entries", "Size",
                (w, s) -> s.agenda().importEntries(new ImportAgendaEntries(List.of()))));
        all.add(fixed("ImportAgendaEntries unknown account", "entries[0].accountId", "UnknownReference", (w, s) -> s.agenda()
                .importEntries(new ImportAgendaEntries(List.of(new ImportedAgendaEntry(AccountId.newId(), null, null,
                        "Visit", null, false, null, null))))));
        all.add(fixed("agenda statistics reversed", "to", "AfterFrom",
                (w, s) -> s.reports().agenda(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1))));
        return Arbitraries.oneOf(all);
    }

    private static Arbitrary<BadInput> fixed(String label, String field, String code, Call call) {
        return Arbitraries.just(new BadInput(label, field, code, call));
    }

    /** A CreateAccount whose details are changed by one function. */
    private static Arbitrary<BadInput> details(String label, String field, String code, Function<AccountDetails, AccountDetails> change) {
        return Arbitraries.just(detailsInput(label, field, code, change));
    }

    private static BadInput detailsInput(String label, String field, String code, Function<AccountDetails, AccountDetails> change) {
        return new BadInput("CreateAccount." + label, field, code,
                (w, s) -> s.accounts().create(new CreateAccount(null, change.apply(anAccount().details()), null)));
    }

    /** Null, blank and oversized values of a required text. */
    private static Arbitrary<BadInput> text(String label, String field, int max, Function<String, Call> call) {
        Arbitrary<BadInput> blank = Arbitraries.of("", " ", "\t\n").map(t -> new BadInput(label + "=blank", field, "NotBlank", call.apply(t)));
        Arbitrary<BadInput> none = Arbitraries.just(new BadInput(label + "=null", field, "NotBlank", call.apply(null)));
        return Arbitraries.oneOf(blank, none, tooLong(label, field, max, call));
    }

    /** Oversized values of a text. */
    private static Arbitrary<BadInput> tooLong(String label, String field, int max, Function<String, Call> call) {
        return Arbitraries.strings().alpha().numeric().withChars('é', 'ç', ' ').ofMinLength(max + 1).ofMaxLength(max + 40)
                .filter(t -> t.strip().length() > max)
                .map(t -> new BadInput(label + "=" + t.length() + " chars", field, "Size", call.apply(t)));
    }

    /** A CreateAccount whose valid details get one text changed. */
    private static Function<String, Call> inDetails(BiFunction<AccountDetails, String, AccountDetails> change) {
        return t -> (w, s) -> s.accounts().create(new CreateAccount(null, change.apply(anAccount().details(), t), null));
    }

    private static <C> Arbitrary<BadInput> badJson(String label, String field, Class<C> type, Function<String, String> json) {
        return Arbitraries.of("\"VIP\"", "\"lead\"", "\"\"", "3", "true").map(value -> new BadInput(label + "=" + value, field,
                "InvalidValue", (w, s) -> JSON.readCommand(json.apply(value), type, s.actor().locale())));
    }

    /** A call with bad input, made by an administrator who sees everything, so only the input can be wrong. */
    @FunctionalInterface
    interface Call extends BiConsumer<World, CrmSession> {}

    /** One generated bad input: the call, and the field and code it must be refused with. */
    record BadInput(String label, String field, String code, Call call) {

        @Override
        public String toString() {
            return label + " -> " + field + "/" + code;
        }
    }

    /** The records the commands refer to. */
    record World(TestTenant tenant, Account account, Account other, Contact contact, Document document,
            CatalogEntry customerType, CatalogEntry area, CatalogEntry employees, CatalogEntry size, CatalogEntry partner,
            AgendaEntry entry) {}

    /** What must not change: the tenant, every account, the fixture account's whole profile, the agenda settings. */
    record State(TenantSnapshot tenant, List<Account> accounts, AccountProfile profile, AgendaSettings agendaSettings) {

        static State of(World world) {
            CrmSession admin = world.tenant().admin();
            return new State(TenantSnapshot.of(admin),
                    admin.accounts().query(AccountQuery.builder().pageSize(500).build()).items(),
                    admin.accounts().profile(world.account().id()), admin.agenda().settings());
        }
    }
}
