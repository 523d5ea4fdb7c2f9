package dev.crmkit.testkit;

import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.access.UpdateTenant;
import dev.crmkit.access.UpdateUser;
import dev.crmkit.account.Account;
import dev.crmkit.account.AssignResponsible;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.ClearCharacteristicValue;
import dev.crmkit.account.ClearInterest;
import dev.crmkit.account.ImportAccounts;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.MarkInterest;
import dev.crmkit.account.RemoveResponsible;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.ApplyAgendaTemplate;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.DeleteAgendaEntries;
import dev.crmkit.agenda.EditAgendaEntry;
import dev.crmkit.agenda.ImportAgendaEntries;
import dev.crmkit.agenda.ImportedAgendaEntry;
import dev.crmkit.agenda.PeriodicCall;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.UpdateAgendaSettings;
import dev.crmkit.casework.AddCaseComment;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseSettings;
import dev.crmkit.casework.SlaSettings;
import dev.crmkit.casework.UpdateSlaSettings;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.UpdateCase;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.ChangeCharacteristicChoices;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.catalog.RenameCatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.Money;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.contact.UpdateContact;
import dev.crmkit.document.AttachDocument;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.document.UpdateDocument;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.AddStage;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.ConvertCardToService;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.DeleteCard;
import dev.crmkit.pipeline.DeleteComment;
import dev.crmkit.pipeline.DeleteStage;
import dev.crmkit.pipeline.EditComment;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.MoveStage;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineUser;
import dev.crmkit.pipeline.RemoveLabel;
import dev.crmkit.pipeline.SaveBoardFilter;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.pipeline.SetUserPipelines;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.pipeline.UpdateBaseCard;
import dev.crmkit.pipeline.UpdateCard;
import dev.crmkit.pipeline.UpdateLabel;
import dev.crmkit.pipeline.UpdateStage;
import dev.crmkit.product.CreatePriceList;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.ImportProducts;
import dev.crmkit.product.PriceList;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductKind;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.product.SetPriceListCurrency;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.UpdateProduct;
import dev.crmkit.product.Validity;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.DeleteSegment;
import dev.crmkit.segment.Segment;
import dev.crmkit.segment.UpdateSegment;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.CrmSession;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.discount.DeleteDiscountPolicy;
import dev.crmkit.discount.DiscountItem;
import dev.crmkit.discount.DiscountPolicy;
import dev.crmkit.discount.DiscountTerms;
import dev.crmkit.discount.EndDiscountPolicy;
import dev.crmkit.discount.SetDiscountLimit;
import dev.crmkit.discount.UpdateDiscountPolicy;
import dev.crmkit.quote.DecideQuoteDiscount;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.quote.UpdateQuote;
import dev.crmkit.order.ConvertQuote;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.order.ReportOrderProgress;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.relationship.Relationship;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every write use case of the API (every public method of a use-case interface that changes something), each
 * with how to prepare one run of it in a {@link FaultWorld}: what it needs is created first, without faults, and
 * the call itself is what the fault-injection suite runs under a fault.
 */
final class WriteCases {

    private WriteCases() {}

    /**
     * One prepared run of a use case.
     *
     * @param run the call
     * @param tenant the tenant whose contents the call may change
     * @param eventsOf the tenant whose events the call records
     * @param alsoObserved what else the call may change, read the same way before and after (or {@code null})
     * @param delivers whether the call hands the outbox's events to the publisher itself (a relay): it may hand an
     *     event over and fail before the outbox forgets it, which then comes again (at least once)
     */
    record Call(Supplier<Object> run, TestTenant tenant, TenantId eventsOf, Supplier<Object> alsoObserved, boolean delivers) {

        /** A call that changes its world's tenant only. */
        static Call in(FaultWorld world, Supplier<Object> run) {
            return new Call(run, world.tenant, world.tenant.id(), null, false);
        }

        /** A call that relays its world's tenant's events. */
        static Call delivering(FaultWorld world, Supplier<Object> run) {
            return new Call(run, world.tenant, world.tenant.id(), null, true);
        }
    }

    /**
     * A write use case.
     *
     * @param name the interface and method, {@code Cards.move}
     * @param prepare prepares one run in a world
     */
    record WriteCase(String name, Function<FaultWorld, Call> prepare) {}

    /** The write methods of every use-case interface, by interface; the suite checks none is missing. */
    static List<WriteCase> all() {
        List<WriteCase> cases = new ArrayList<>();
        tenants(cases);
        users(cases);
        catalogs(cases);
        accounts(cases);
        contactsRelationshipsDocuments(cases);
        pipelines(cases);
        cards(cases);
        agenda(cases);
        events(cases);
        products(cases);
        quotes(cases);
        discounts(cases);
        orders(cases);
        serviceCases(cases);
        consents(cases);
        messages(cases);
        segments(cases);
        campaigns(cases);
        return cases;
    }

    private static void add(List<WriteCase> cases, String name, Function<FaultWorld, Call> prepare) {
        cases.add(new WriteCase(name, prepare));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void tenants(List<WriteCase> cases) {
        add(cases, "TenantAdministration.create", w -> {
            TenantId id = TenantId.of("t-" + java.util.UUID.randomUUID());
            return new Call(() -> w.tenant.crm().tenants().create(new CreateTenant(id, "Tenant " + w.next(),
                    ZoneId.of("America/Sao_Paulo"), Locale.ENGLISH, "Partner", UserId.of("admin"), "Admin")),
                    w.tenant, id, () -> w.tenant.crm().tenants().find(id), false);
        });
        add(cases, "TenantSettings.update", w -> {
            Tenant current = w.admin.tenant().get();
            return Call.in(w, () -> w.admin.tenant().update(new UpdateTenant("Renamed " + w.next(), current.timeZone(),
                    current.defaultLocale(), "Other " + w.next(), current.version())));
        });
    }

    private static void users(List<WriteCase> cases) {
        add(cases, "UserAdministration.create", w -> {
            UserId id = UserId.of("user" + w.next());
            var team = w.team();
            return Call.in(w, () -> w.admin.users().create(new CreateUser(id, "User " + id.value(), team, AccessScope.TEAM, false)));
        });
        add(cases, "UserAdministration.update", w -> {
            CrmUser user = w.tenant.addUser("user" + w.next(), AccessScope.ALL);
            var team = w.team();
            return Call.in(w, () -> w.admin.users().update(new UpdateUser(user.id(), "Renamed", team, AccessScope.PORTFOLIO,
                    true, user.version())));
        });
        add(cases, "UserAdministration.deactivate", w -> {
            CrmUser user = w.tenant.addUser("user" + w.next(), AccessScope.ALL);
            return Call.in(w, () -> w.admin.users().deactivate(user.id()));
        });
        add(cases, "UserAdministration.activate", w -> {
            CrmUser user = w.tenant.addUser("user" + w.next(), AccessScope.ALL);
            w.admin.users().deactivate(user.id());
            return Call.in(w, () -> w.admin.users().activate(user.id()));
        });
    }

    private static void catalogs(List<WriteCase> cases) {
        add(cases, "Catalogs.create", w -> Call.in(w,
                () -> w.admin.catalogs().create(new CreateCatalogEntry(CatalogKind.PRIORITY, "Priority " + w.next()))));
        add(cases, "Catalogs.createCharacteristicType", w -> Call.in(w, () -> w.admin.catalogs().createCharacteristicType(
                new CreateCharacteristicType("Kind " + w.next(), CharacteristicValueType.CHOICE, List.of("a", "b")))));
        add(cases, "Catalogs.createRelationshipType", w -> Call.in(w, () -> w.admin.catalogs().createRelationshipType(
                new CreateRelationshipType("Owner " + w.next(), "Owned " + w.next(), true))));
        add(cases, "Catalogs.rename", w -> {
            CatalogEntry entry = w.priority();
            return Call.in(w, () -> w.admin.catalogs().rename(
                    new RenameCatalogEntry(entry.id(), "Renamed " + w.next(), null, entry.version())));
        });
        add(cases, "Catalogs.changeChoices", w -> {
            CatalogEntry type = w.admin.catalogs().createCharacteristicType(
                    new CreateCharacteristicType("Kind " + w.next(), CharacteristicValueType.CHOICE, List.of("a", "b")));
            return Call.in(w, () -> w.admin.catalogs().changeChoices(
                    new ChangeCharacteristicChoices(type.id(), List.of("a", "b", "c"), type.version())));
        });
        add(cases, "Catalogs.deactivate", w -> {
            CatalogEntry entry = w.priority();
            return Call.in(w, () -> w.admin.catalogs().deactivate(entry.id()));
        });
        add(cases, "Catalogs.activate", w -> {
            CatalogEntry entry = w.priority();
            w.admin.catalogs().deactivate(entry.id());
            return Call.in(w, () -> w.admin.catalogs().activate(entry.id()));
        });
        add(cases, "Catalogs.delete", w -> {
            CatalogEntry entry = w.priority();
            return Call.in(w, () -> {
                w.admin.catalogs().delete(entry.id());
                return null;
            });
        });
    }

    private static void accounts(List<WriteCase> cases) {
        add(cases, "Accounts.create", w -> {
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.accounts().create(AccountTestData.anAccount().named("Created " + w.next())
                    .withTaxId(TaxIdSamples.cnpj()).withEmails("buyer@example.com").responsibles(w.tenant.adminId(), bob).build()));
        });
        add(cases, "Accounts.importAccounts", w -> {
            List<dev.crmkit.account.CreateAccount> rows = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rows.add(AccountTestData.anAccount().named("Imported " + w.next()).withTaxId(TaxIdSamples.cnpj()).build());
            }
            return Call.in(w, () -> w.admin.accounts().importAccounts(new ImportAccounts(rows)));
        });
        add(cases, "Accounts.update", w -> {
            Account account = w.account(Classification.PROSPECT);
            return Call.in(w, () -> w.admin.accounts().update(new UpdateAccount(account.id(),
                    account.details().withNames("Updated " + w.next(), "Trade"), account.version())));
        });
        add(cases, "Accounts.classify", w -> {
            Account account = w.account(Classification.PROSPECT);
            return Call.in(w, () -> w.admin.accounts().classify(new ClassifyAccount(account.id(), Classification.CUSTOMER, null)));
        });
        add(cases, "Accounts.assignResponsible", w -> {
            Account account = w.admin.accounts().create(AccountTestData.anAccount().named("Solo " + w.next()).build()).account();
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.accounts().assignResponsible(new AssignResponsible(account.id(), bob)));
        });
        add(cases, "Accounts.removeResponsible", w -> {
            Account account = w.account(Classification.LEAD);
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.accounts().removeResponsible(new RemoveResponsible(account.id(), bob)));
        });
        add(cases, "Accounts.setCharacteristic", w -> {
            Account account = w.account(Classification.LEAD);
            var size = w.size();
            return Call.in(w, () -> w.admin.accounts().setCharacteristic(new SetCharacteristicValue(account.id(), size, "large")));
        });
        add(cases, "Accounts.clearCharacteristic", w -> {
            Account account = w.account(Classification.LEAD);
            var size = w.size();
            w.admin.accounts().setCharacteristic(new SetCharacteristicValue(account.id(), size, "large"));
            return Call.in(w, () -> w.admin.accounts().clearCharacteristic(new ClearCharacteristicValue(account.id(), size)));
        });
        add(cases, "Accounts.markInterest", w -> {
            Account account = w.account(Classification.LEAD);
            var fiber = w.fiber();
            return Call.in(w, () -> w.admin.accounts().markInterest(
                    new MarkInterest(account.id(), fiber, InterestKind.INTEREST, "wants 1 Gbps")));
        });
        add(cases, "Accounts.clearInterest", w -> {
            Account account = w.account(Classification.LEAD);
            var fiber = w.fiber();
            w.admin.accounts().markInterest(new MarkInterest(account.id(), fiber, InterestKind.DISINTEREST, null));
            return Call.in(w, () -> w.admin.accounts().clearInterest(new ClearInterest(account.id(), fiber)));
        });
        add(cases, "Accounts.delete", w -> {
            // A lead with something hanging on it, so the delete has rows to remove in several tables.
            Account account = w.account(Classification.LEAD);
            w.admin.contacts().add(new AddContact(account.id(), new ContactDetails("Carla", null, List.of(), List.of(), null)));
            w.admin.agenda().create(new CreateAgendaEntry(account.id(), null, null, w.visit(), "Call back", null, null, null));
            w.admin.relationships().create(new CreateRelationship(w.acme().id(), account.id(), w.parentOf(), null));
            return Call.in(w, () -> {
                w.admin.accounts().delete(account.id());
                return null;
            });
        });
    }

    private static void contactsRelationshipsDocuments(List<WriteCase> cases) {
        add(cases, "Contacts.add", w -> {
            AccountId acme = w.acme().id();
            return Call.in(w, () -> w.admin.contacts().add(new AddContact(acme,
                    new ContactDetails("Contact " + w.next(), "Buyer", List.of("c@example.com"), List.of(), null))));
        });
        add(cases, "Contacts.update", w -> {
            Contact contact = w.admin.contacts().add(new AddContact(w.acme().id(),
                    new ContactDetails("Contact " + w.next(), null, List.of(), List.of(), null)));
            return Call.in(w, () -> w.admin.contacts().update(new UpdateContact(contact.id(),
                    new ContactDetails("Renamed " + w.next(), "Owner", List.of(), List.of(), "notes"), contact.version())));
        });
        add(cases, "Contacts.remove", w -> {
            Contact contact = w.admin.contacts().add(new AddContact(w.acme().id(),
                    new ContactDetails("Contact " + w.next(), null, List.of(), List.of(), null)));
            return Call.in(w, () -> {
                w.admin.contacts().remove(contact.id());
                return null;
            });
        });
        add(cases, "Relationships.create", w -> {
            AccountId from = w.account(Classification.LEAD).id();
            AccountId to = w.account(Classification.LEAD).id();
            var parentOf = w.parentOf();
            return Call.in(w, () -> w.admin.relationships().create(new CreateRelationship(from, to, parentOf, "branch")));
        });
        add(cases, "Relationships.remove", w -> {
            Relationship relationship = w.admin.relationships().create(new CreateRelationship(
                    w.account(Classification.LEAD).id(), w.account(Classification.LEAD).id(), w.parentOf(), null));
            return Call.in(w, () -> {
                w.admin.relationships().remove(relationship.id());
                return null;
            });
        });
        add(cases, "Documents.attach", w -> {
            AccountId acme = w.acme().id();
            return Call.in(w, () -> w.admin.documents().attach(new AttachDocument(acme, DocumentKind.CONTRACT,
                    "Contract " + w.next(), "c.pdf", "application/pdf", null, w.today().plusDays(90)), bytes("contract")));
        });
        add(cases, "Documents.update", w -> {
            Document document = attached(w);
            return Call.in(w, () -> w.admin.documents().update(new UpdateDocument(document.id(), "Renamed " + w.next(),
                    null, w.today().plusDays(30), document.version())));
        });
        add(cases, "Documents.remove", w -> {
            Document document = attached(w);
            return Call.in(w, () -> {
                w.admin.documents().remove(document.id());
                return null;
            });
        });
    }

    private static Document attached(FaultWorld w) {
        return w.admin.documents().attach(new AttachDocument(w.acme().id(), DocumentKind.CONTRACT, "Paper " + w.next(), "p.pdf",
                "application/pdf", null, null), bytes("paper"));
    }

    private static void pipelines(List<WriteCase> cases) {
        add(cases, "Pipelines.create", w -> {
            UserId bob = w.bob();
            return Call.in(w, () -> PipelineTestData.aPipeline().named("Pipeline " + w.next()).withUsers(bob).createdBy(w.admin));
        });
        add(cases, "Pipelines.update", w -> {
            Pipeline p = pipeline(w);
            return Call.in(w, () -> w.admin.pipelines().update(new dev.crmkit.pipeline.UpdatePipeline(p.id(),
                    "Renamed " + w.next(), "#112233", p.settings(), p.version())));
        });
        add(cases, "Pipelines.delete", w -> {
            Pipeline p = pipeline(w);
            return Call.in(w, () -> {
                w.admin.pipelines().delete(p.id());
                return null;
            });
        });
        add(cases, "Pipelines.addUser", w -> {
            Pipeline p = pipeline(w);
            CrmUser user = w.tenant.addUser("user" + w.next(), AccessScope.ALL);
            return Call.in(w, () -> w.admin.pipelines().addUser(new PipelineUser(p.id(), user.id())));
        });
        add(cases, "Pipelines.removeUser", w -> {
            Pipeline p = pipeline(w);
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.pipelines().removeUser(new PipelineUser(p.id(), bob)));
        });
        add(cases, "Pipelines.setUserPipelines", w -> {
            Pipeline p = pipeline(w);
            CrmUser user = w.tenant.addUser("user" + w.next(), AccessScope.ALL);
            var other = w.pipeline().id();
            return Call.in(w, () -> w.admin.pipelines().setUserPipelines(new SetUserPipelines(user.id(), Set.of(p.id(), other))));
        });
        add(cases, "Pipelines.addStage", w -> {
            Pipeline p = pipeline(w);
            return Call.in(w, () -> w.admin.pipelines().addStage(new AddStage(p.id(), new NewStage("Won", "#00AA00", 0), 1)));
        });
        add(cases, "Pipelines.updateStage", w -> {
            Pipeline p = pipeline(w);
            return Call.in(w, () -> w.admin.pipelines().updateStage(new UpdateStage(p.id(), p.stages().get(0).id(),
                    "Renamed", "#445566", 9, 40, p.version())));
        });
        add(cases, "Pipelines.moveStage", w -> {
            Pipeline p = pipeline(w);
            return Call.in(w, () -> w.admin.pipelines().moveStage(new MoveStage(p.id(), p.stages().get(0).id(), 2, p.version())));
        });
        add(cases, "Pipelines.deleteStage", w -> {
            Pipeline p = pipeline(w);
            w.admin.cards().create(new CreateCard(p.id(), null, "To move", null, null, null, null, null, null, null));
            return Call.in(w, () -> w.admin.pipelines().deleteStage(new DeleteStage(p.id(), p.stages().get(0).id(),
                    p.stages().get(1).id(), p.version())));
        });
        add(cases, "Pipelines.addLabel", w -> {
            Pipeline p = pipeline(w);
            return Call.in(w, () -> w.admin.pipelines().addLabel(new AddLabel(p.id(), "Cold", "#0000FF")));
        });
        add(cases, "Pipelines.updateLabel", w -> {
            Pipeline p = labelled(w);
            return Call.in(w, () -> w.admin.pipelines().updateLabel(new UpdateLabel(p.id(), p.labels().get(0).id(), "Warm",
                    "#FF00FF", p.version())));
        });
        add(cases, "Pipelines.removeLabel", w -> {
            Pipeline p = labelled(w);
            w.admin.cards().create(new CreateCard(p.id(), null, "Labelled", null, Set.of(p.labels().get(0).id()), null, null,
                    null, null, null));
            return Call.in(w, () -> w.admin.pipelines().removeLabel(new RemoveLabel(p.id(), p.labels().get(0).id())));
        });
        add(cases, "Pipelines.updateBaseCard", w -> {
            Pipeline p = labelled(w);
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.pipelines().updateBaseCard(new UpdateBaseCard(p.id(), "Base description",
                    Set.of(p.labels().get(0).id()), Set.of(bob), List.of("Welcome"), p.version())));
        });
        add(cases, "Pipelines.attachToBaseCard", w -> {
            Pipeline p = pipeline(w);
            return Call.in(w, () -> w.admin.pipelines().attachToBaseCard(p.id(), new AttachFile("terms.pdf", "application/pdf"),
                    bytes("terms")));
        });
        add(cases, "Pipelines.removeBaseCardAttachment", w -> {
            Pipeline p = pipeline(w);
            var terms = w.admin.pipelines().attachToBaseCard(p.id(), new AttachFile("terms.pdf", "application/pdf"), bytes("terms"));
            return Call.in(w, () -> w.admin.pipelines().removeBaseCardAttachment(p.id(), terms.id()));
        });
        add(cases, "Pipelines.saveFilter", w -> {
            var pipeline = w.pipeline().id();
            return Call.in(w, () -> w.admin.pipelines().saveFilter(new SaveBoardFilter(pipeline, "Filter " + w.next(),
                    BoardFilter.builder().lost(TriState.YES).build())));
        });
        add(cases, "Pipelines.deleteFilter", w -> {
            SavedFilter filter = saved(w);
            return Call.in(w, () -> {
                w.admin.pipelines().deleteFilter(filter.id());
                return null;
            });
        });
        add(cases, "Pipelines.clearFilters", w -> {
            SavedFilter filter = saved(w);
            return Call.in(w, () -> w.admin.pipelines().clearFilters(filter.pipelineId()));
        });
    }

    private static Pipeline pipeline(FaultWorld w) {
        return PipelineTestData.aPipeline().named("Pipeline " + w.next()).withUsers(w.bob()).createdBy(w.admin);
    }

    private static Pipeline labelled(FaultWorld w) {
        Pipeline p = pipeline(w);
        w.admin.pipelines().addLabel(new AddLabel(p.id(), "Hot", "#D73A49"));
        return w.admin.pipelines().get(p.id());
    }

    private static SavedFilter saved(FaultWorld w) {
        return w.admin.pipelines().saveFilter(new SaveBoardFilter(w.pipeline().id(), "Filter " + w.next(), BoardFilter.DEFAULT));
    }

    private static void cards(List<WriteCase> cases) {
        add(cases, "Cards.create", w -> {
            AccountId prospect = w.account(Classification.PROSPECT).id();
            Pipeline pipeline = w.pipeline();
            UserId bob = w.bob();
            var hot = w.hot();
            return Call.in(w, () -> w.admin.cards().create(new CreateCard(pipeline.id(), null, "Card " + w.next(), "new",
                    Set.of(hot), Set.of(bob), bob, Money.of("250.00", "BRL"), w.today().plusDays(30), prospect)));
        });
        add(cases, "Cards.importCards", w -> {
            AccountId prospect = w.account(Classification.PROSPECT).id();
            dev.crmkit.account.TaxId taxId = TaxIdSamples.cnpj();
            w.admin.accounts().create(AccountTestData.anAccount().named("By tax id " + w.next()).withTaxId(taxId).build());
            Pipeline pipeline = w.pipeline();
            UserId bob = w.bob();
            var hot = w.hot();
            List<dev.crmkit.pipeline.ImportedCard> rows = List.of(
                    dev.crmkit.pipeline.ImportedCard.named("Imported " + w.next()).labels(Set.of(hot)).members(Set.of(bob))
                            .salespersonId(bob).value(Money.of("250.00", "BRL")).accountId(prospect).build(),
                    dev.crmkit.pipeline.ImportedCard.named("Imported " + w.next()).accountTaxId(taxId.country(), taxId.number()).build(),
                    dev.crmkit.pipeline.ImportedCard.named("Imported " + w.next()).stageId(pipeline.stages().get(1).id()).build());
            return Call.in(w, () -> w.admin.cards().importCards(new dev.crmkit.pipeline.ImportCards(pipeline.id(), rows)));
        });
        add(cases, "Cards.update", w -> {
            Card card = w.card();
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.cards().update(new UpdateCard(card.id(), "Renamed " + w.next(), "changed",
                    Set.of(), Set.of(bob), null, Money.of("300.00", "BRL"), null,
                    card.accountId().orElse(null), card.version())));
        });
        add(cases, "Cards.move", w -> {
            Card card = w.card();
            var stage = w.pipeline().stages().get(1).id();
            return Call.in(w, () -> w.admin.cards().move(new MoveCard(card.id(), stage, null, card.version())));
        });
        add(cases, "Cards.addComment", w -> {
            Card card = w.card();
            return Call.in(w, () -> w.admin.cards().addComment(new AddComment(card.id(), "A comment")));
        });
        add(cases, "Cards.editComment", w -> {
            Card card = commented(w);
            return Call.in(w, () -> w.admin.cards().editComment(new EditComment(card.id(), card.comments().get(0).id(), "Edited")));
        });
        add(cases, "Cards.deleteComment", w -> {
            Card card = commented(w);
            return Call.in(w, () -> w.admin.cards().deleteComment(new DeleteComment(card.id(), card.comments().get(0).id())));
        });
        add(cases, "Cards.attach", w -> {
            Card card = w.card();
            return Call.in(w, () -> w.admin.cards().attach(card.id(), new AttachFile("offer.pdf", "application/pdf"), bytes("offer")));
        });
        add(cases, "Cards.removeAttachment", w -> {
            Card card = w.card();
            var offer = w.admin.cards().attach(card.id(), new AttachFile("offer.pdf", "application/pdf"), bytes("offer"));
            return Call.in(w, () -> w.admin.cards().removeAttachment(card.id(), offer.id()));
        });
        add(cases, "Cards.archive", w -> {
            Card card = w.card();
            return Call.in(w, () -> w.admin.cards().archive(new CardOutcome(card.id(), null)));
        });
        add(cases, "Cards.unarchive", w -> {
            Card card = w.admin.cards().archive(new CardOutcome(w.card().id(), null));
            return Call.in(w, () -> w.admin.cards().unarchive(new CardOutcome(card.id(), null)));
        });
        add(cases, "Cards.markLost", w -> {
            Card card = w.card();
            return Call.in(w, () -> w.admin.cards().markLost(new MarkCardLost(card.id(), "No budget", null)));
        });
        add(cases, "Cards.reopen", w -> {
            Card card = w.admin.cards().markLost(new MarkCardLost(w.card().id(), "No budget", null));
            return Call.in(w, () -> w.admin.cards().reopen(new CardOutcome(card.id(), null)));
        });
        add(cases, "Cards.convertToCustomer", w -> {
            Card card = w.cardOfProspect();
            return Call.in(w, () -> w.admin.cards().convertToCustomer(new CardOutcome(card.id(), null)));
        });
        add(cases, "Cards.convertToService", w -> {
            Card card = w.card();
            return Call.in(w, () -> w.admin.cards().convertToService(new ConvertCardToService(card.id(), "SVC-" + w.next(), null)));
        });
        add(cases, "Cards.delete", w -> {
            Card card = w.cardOfProspect();
            w.admin.cards().addComment(new AddComment(card.id(), "Before the end"));
            return Call.in(w, () -> {
                w.admin.cards().delete(new DeleteCard(card.id(), true));
                return null;
            });
        });
    }

    private static Card commented(FaultWorld w) {
        Card card = w.card();
        w.admin.cards().addComment(new AddComment(card.id(), "To change"));
        return w.admin.cards().get(card.id());
    }

    private static void events(List<WriteCase> cases) {
        add(cases, "EventAdministration.relay", w -> {
            w.dueEventRefusedOnce();
            return Call.delivering(w, () -> w.tenant.crm().events().relay(w.tenant.id()));
        });
        add(cases, "EventAdministration.sweep", w -> {
            w.dueEventRefusedOnce();
            return Call.delivering(w, () -> w.tenant.crm().events().sweep());
        });
        add(cases, "EventAdministration.retry", w -> {
            EventId parked = w.parkedEvent();
            return Call.delivering(w, () -> w.tenant.crm().events().retry(w.tenant.id(), List.of(parked)));
        });
        add(cases, "EventAdministration.discard", w -> {
            EventId parked = w.parkedEvent();
            return Call.in(w, () -> {
                w.tenant.crm().events().discard(w.tenant.id(), List.of(parked));
                return null;
            });
        });
    }

    private static void agenda(List<WriteCase> cases) {
        add(cases, "Agenda.create", w -> {
            AccountId acme = w.acme().id();
            var visit = w.visit();
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.agenda().create(new CreateAgendaEntry(acme, null, null, visit, "Visit " + w.next(),
                    new Schedule.AtTime(LocalDateTime.of(w.today().plusDays(1), LocalTime.of(10, 0))), bob, null)));
        });
        add(cases, "Agenda.edit", w -> {
            AgendaEntry entry = w.entry();
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.agenda().edit(new EditAgendaEntry(entry.id(), null, null, entry.typeId().orElse(null),
                    "Edited " + w.next(), new Schedule.AnyTimeOn(w.today().plusDays(5)), bob, entry.version())));
        });
        add(cases, "Agenda.conclude", w -> {
            // A recurring entry: concluding it also schedules the next occurrence.
            AgendaEntry entry = w.admin.agenda().create(new CreateAgendaEntry(w.acme().id(), null, null, w.visit(),
                    "Weekly " + w.next(), new Schedule.AnyTimeOn(w.today()), null, new Recurrence(RecurrenceUnit.WEEKS, 1, null, 4)));
            return Call.in(w, () -> w.admin.agenda().conclude(new AgendaEntryAt(entry.id(), entry.version())));
        });
        add(cases, "Agenda.reopen", w -> {
            AgendaEntry entry = w.entry();
            AgendaEntry concluded = w.admin.agenda().conclude(new AgendaEntryAt(entry.id(), entry.version())).concluded();
            return Call.in(w, () -> w.admin.agenda().reopen(new AgendaEntryAt(concluded.id(), concluded.version())));
        });
        add(cases, "Agenda.delete", w -> {
            AgendaEntry first = w.entry();
            AgendaEntry second = w.entry();
            return Call.in(w, () -> w.admin.agenda().delete(new DeleteAgendaEntries(List.of(first.id(), second.id()))));
        });
        add(cases, "Agenda.applyTemplate", w -> {
            w.withTemplate();
            AccountId acme = w.acme().id();
            return Call.in(w, () -> w.admin.agenda().applyTemplate(
                    new ApplyAgendaTemplate(FaultWorld.TEMPLATE, acme, null, null, w.today().plusDays(1), null)));
        });
        add(cases, "Agenda.importEntries", w -> {
            AccountId acme = w.acme().id();
            List<ImportedAgendaEntry> rows = List.of(new ImportedAgendaEntry(acme, null, w.visit(), "Imported " + w.next(),
                    LocalDateTime.of(2025, 5, 5, 12, 0), true, null, null),
                    new ImportedAgendaEntry(acme, null, null, "Imported " + w.next(), null, false, w.bob(), null));
            return Call.in(w, () -> w.admin.agenda().importEntries(new ImportAgendaEntries(rows)));
        });
        add(cases, "Agenda.updateSettings", w -> {
            var settings = w.admin.agenda().settings();
            return Call.in(w, () -> w.admin.agenda().updateSettings(
                    UpdateAgendaSettings.from(settings).withContractNoticeDays(1 + w.next() % 300)));
        });
        add(cases, "Agenda.dispatch", w -> {
            ServiceCase serviceCase = openCase(w);
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.agenda().dispatch(dev.crmkit.agenda.DispatchIntervention.builder("Visit " + w.next(),
                    new Schedule.AtTime(LocalDateTime.of(w.today().plusDays(1), LocalTime.of(9, 0))), bob)
                    .caseId(serviceCase.id()).build()));
        });
        add(cases, "Agenda.attach", w -> {
            AgendaEntry entry = w.intervention();
            return Call.in(w, () -> w.admin.agenda().attach(entry.id(), new AttachFile("report.pdf", "application/pdf"),
                    bytes("report " + w.next())));
        });
        add(cases, "Agenda.removeAttachment", w -> {
            AgendaEntry entry = w.intervention();
            var photo = w.admin.agenda().attach(entry.id(), new AttachFile("photo.jpg", "image/jpeg"), bytes("photo " + w.next()));
            return Call.in(w, () -> w.admin.agenda().removeAttachment(entry.id(), photo.id()));
        });
        add(cases, "Agenda.concludeIntervention", w -> {
            AgendaEntry sent = w.intervention();
            var sheet = w.admin.agenda().attach(sent.id(), new AttachFile("sheet.pdf", "application/pdf"), bytes("sheet " + w.next()));
            AgendaEntry entry = w.admin.agenda().get(sent.id());
            return Call.in(w, () -> w.admin.agenda().concludeIntervention(new dev.crmkit.agenda.ConcludeIntervention(
                    new AgendaEntryAt(entry.id(), entry.version()), "Done " + w.next(), List.of(sheet.id()), "INV-" + w.next())));
        });
        add(cases, "AgendaRules.run", w -> {
            // Exactly one trigger, a periodic call of a new account: each trigger is a unit of work of its own, so a run
            // that fails after some triggers keeps those (the next run completes it).
            Account account = w.account(Classification.LEAD);
            w.admin.agenda().updateSettings(UpdateAgendaSettings.from(w.admin.agenda().settings()).withPeriodicCalls(List.of(
                    new PeriodicCall(account.id(), 7, w.today(), w.tenant.adminId(), null))));
            return Call.in(w, () -> w.tenant.crm().agendaRules().run(w.tenant.id(), w.clock.instant()));
        });
    }

    private static void segments(List<WriteCase> cases) {
        add(cases, "Segments.create", w -> Call.in(w, () -> w.admin.segments().create(new CreateSegment("Segment " + w.next(),
                true, AccountQuery.builder().classifications(Classification.PROSPECT).supplier(false).build()))));
        add(cases, "Segments.update", w -> {
            Segment segment = w.admin.segments().create(new CreateSegment("Segment " + w.next(), false,
                    AccountQuery.builder().build()));
            return Call.in(w, () -> w.admin.segments().update(UpdateSegment.from(segment).renamed("Renamed " + w.next())
                    .shared(true).withCriteria(AccountQuery.builder().openCase(true).build())));
        });
        add(cases, "Segments.delete", w -> {
            Segment segment = w.admin.segments().create(new CreateSegment("Segment " + w.next(), false,
                    AccountQuery.builder().build()));
            return Call.in(w, () -> {
                w.admin.segments().delete(DeleteSegment.of(segment));
                return null;
            });
        });
    }

    private static void products(List<WriteCase> cases) {
        add(cases, "Products.create", w -> Call.in(w, () -> w.admin.products().create(new CreateProduct(
                ProductDetails.builder("P-" + w.next(), "Product").unit("un").group("Group").build()))));
        add(cases, "Products.update", w -> {
            Product product = w.admin.products().create(new CreateProduct(ProductDetails.builder("P-" + w.next(), "Product").build()));
            return Call.in(w, () -> w.admin.products().update(UpdateProduct.from(product).withActive(false)
                    .withDetails(product.details().toBuilder().name("Renamed " + w.next()).route(ProductRoute.PRODUCTION).build())));
        });
        add(cases, "Products.importProducts", w -> {
            List<ProductDetails> rows = List.of(ProductDetails.builder("I-" + w.next(), "Imported").build(),
                    ProductDetails.builder("I-" + w.next(), "Imported").kind(ProductKind.SERVICE).build());
            return Call.in(w, () -> w.admin.products().importProducts(new ImportProducts(rows)));
        });
        add(cases, "PriceLists.create", w -> Call.in(w, () -> w.admin.priceLists().create(
                new CreatePriceList("List " + w.next(), Currency.getInstance("BRL")))));
        add(cases, "PriceLists.setCurrency", w -> {
            CatalogEntry entry = w.tenant.addEntry(CatalogKind.PRICE_LIST, "Bare " + w.next());
            return Call.in(w, () -> w.admin.priceLists().setCurrency(
                    new SetPriceListCurrency(entry.id(), Currency.getInstance("USD"), Version.UNSAVED)));
        });
        add(cases, "PriceLists.setPrice", w -> {
            // A newer price of a product that has one with no end: the old one ends, the new one starts.
            Product product = w.admin.products().create(new CreateProduct(ProductDetails.builder("P-" + w.next(), "Priced").build()));
            PriceList list = w.admin.priceLists().create(new CreatePriceList("List " + w.next(), Currency.getInstance("BRL")));
            w.admin.priceLists().setPrice(new SetProductPrice(list.id(), product.id(), BigDecimal.TEN, Validity.from(w.today())));
            return Call.in(w, () -> w.admin.priceLists().setPrice(new SetProductPrice(list.id(), product.id(),
                    new BigDecimal("12.5"), Validity.from(w.today().plusDays(30)))));
        });
        add(cases, "PriceLists.removePrice", w -> {
            Product product = w.admin.products().create(new CreateProduct(ProductDetails.builder("P-" + w.next(), "Priced").build()));
            PriceList list = w.admin.priceLists().create(new CreatePriceList("List " + w.next(), Currency.getInstance("BRL")));
            ProductPrice price = w.admin.priceLists().setPrice(
                    new SetProductPrice(list.id(), product.id(), BigDecimal.TEN, Validity.from(w.today())));
            return Call.in(w, () -> {
                w.admin.priceLists().removePrice(list.id(), price.id());
                return null;
            });
        });
    }

    /** A draft quote to the world's prospect: a product line at its price-list price and a free-text line. */
    private static Quote quote(FaultWorld w) {
        Product product = w.admin.products().create(new CreateProduct(ProductDetails.builder("Q-" + w.next(), "Quoted").build()));
        PriceList list = w.admin.priceLists().create(new CreatePriceList("List " + w.next(), Currency.getInstance("BRL")));
        w.admin.priceLists().setPrice(new SetProductPrice(list.id(), product.id(), new BigDecimal("99.90"),
                Validity.from(w.today().minusDays(1))));
        Account account = w.admin.accounts().create(AccountTestData.anAccount().named("Buyer " + w.next())
                .withCatalogs(null, null, null, list.id()).build()).account();
        return w.admin.quotes().create(CreateQuote.builder(account.id()).lines(
                QuoteLineInput.product(product.id(), new BigDecimal("2")),
                QuoteLineInput.text("Installation", BigDecimal.ONE, new BigDecimal("150"))).build());
    }

    private static void quotes(List<WriteCase> cases) {
        add(cases, "Quotes.create", w -> {
            Quote earlier = quote(w);
            return Call.in(w, () -> w.admin.quotes().create(CreateQuote.builder(earlier.accountId())
                    .lines(QuoteLineInput.of(earlier.revision().lines().get(0)).withDiscount(BigDecimal.TEN)).build()));
        });
        add(cases, "Quotes.update", w -> {
            // A sent quote: the edit adds a revision and keeps the earlier one.
            Quote sent = w.admin.quotes().changeStatus(ChangeQuoteStatus.of(quote(w), QuoteStatus.SENT));
            return Call.in(w, () -> w.admin.quotes().update(UpdateQuote.from(sent).withValidUntil(w.today().plusDays(60))));
        });
        add(cases, "Quotes.changeStatus", w -> {
            Quote draft = quote(w);
            return Call.in(w, () -> w.admin.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.SENT)));
        });
    }

    private static DiscountPolicy discountPolicy(FaultWorld w) {
        return w.admin.discounts().create(DiscountTerms.builder("D-" + w.next(), new BigDecimal("5"),
                w.today().minusDays(10)).item(new DiscountItem.Group("Internet")).build());
    }

    /** A quote of Bob's whose own discount is above his team's limit: it waits for an administrator. */
    private static Quote awaitingApproval(FaultWorld w) {
        Quote draft = quote(w);
        w.admin.discounts().setLimit(SetDiscountLimit.ofTeam(w.team(), BigDecimal.ONE));
        CrmSession bob = w.tenant.as(w.bob());
        return bob.quotes().update(UpdateQuote.from(draft).withDiscount(BigDecimal.TEN));
    }

    private static void discounts(List<WriteCase> cases) {
        add(cases, "DiscountPolicies.create", w -> Call.in(w, () -> w.admin.discounts().create(
                DiscountTerms.builder("D-" + w.next(), new BigDecimal("2.5"), w.today()).build())));
        add(cases, "DiscountPolicies.update", w -> {
            DiscountPolicy policy = discountPolicy(w);
            return Call.in(w, () -> w.admin.discounts().update(UpdateDiscountPolicy.from(policy)
                    .changing(b -> b.percent(new BigDecimal("7")))));
        });
        add(cases, "DiscountPolicies.end", w -> {
            DiscountPolicy policy = discountPolicy(w);
            return Call.in(w, () -> w.admin.discounts().end(EndDiscountPolicy.of(policy)));
        });
        add(cases, "DiscountPolicies.delete", w -> {
            DiscountPolicy policy = discountPolicy(w);
            return Call.in(w, () -> {
                w.admin.discounts().delete(DeleteDiscountPolicy.of(policy));
                return null;
            });
        });
        add(cases, "DiscountPolicies.setLimit", w -> {
            // A team of its own each run: a limit set again to the value it has would store nothing new.
            CatalogEntryId team = w.tenant.addEntry(CatalogKind.TEAM, "Limited " + w.next()).id();
            return Call.in(w, () -> {
                w.admin.discounts().setLimit(SetDiscountLimit.ofTeam(team, new BigDecimal("12.5")));
                return null;
            });
        });
        add(cases, "Quotes.approveDiscount", w -> {
            Quote waiting = awaitingApproval(w);
            return Call.in(w, () -> w.admin.quotes().approveDiscount(DecideQuoteDiscount.of(waiting)));
        });
        add(cases, "Quotes.rejectDiscount", w -> {
            Quote waiting = awaitingApproval(w);
            return Call.in(w, () -> w.admin.quotes().rejectDiscount(DecideQuoteDiscount.of(waiting)));
        });
    }

    /**
     * An accepted quote of a prospect's open card, with a line of a product made by production and a free-text line:
     * its conversion makes two orders, converts the quote and the card, and makes the prospect a customer.
     */
    private static Quote acceptedQuote(FaultWorld w) {
        Card card = w.cardOfProspect();
        Product made = w.admin.products().create(new CreateProduct(ProductDetails.builder("M-" + w.next(), "Made")
                .route(ProductRoute.PRODUCTION).build()));
        Quote quote = w.admin.quotes().create(CreateQuote.builder(card.accountId().orElseThrow())
                .currency(Currency.getInstance("BRL")).card(card.id())
                .lines(QuoteLineInput.product(made.id(), new BigDecimal("2")).withUnitPrice(new BigDecimal("40")),
                        QuoteLineInput.text("Installation", BigDecimal.ONE, new BigDecimal("150"))).build());
        Quote sent = w.admin.quotes().changeStatus(ChangeQuoteStatus.of(quote, QuoteStatus.SENT));
        return w.admin.quotes().changeStatus(ChangeQuoteStatus.of(sent, QuoteStatus.ACCEPTED));
    }

    private static void orders(List<WriteCase> cases) {
        add(cases, "Orders.convert", w -> {
            Quote accepted = acceptedQuote(w);
            return Call.in(w, () -> w.admin.orders().convert(ConvertQuote.of(accepted)));
        });
        add(cases, "Orders.reportProgress", w -> {
            // The invoicing of a delivered order: the last step, with its reference.
            Order order = w.admin.orders().convert(ConvertQuote.of(acceptedQuote(w))).get(0);
            order = w.admin.orders().reportProgress(ReportOrderProgress.of(order, OrderStatus.ACCEPTED));
            Order delivered = w.admin.orders().reportProgress(ReportOrderProgress.of(order, OrderStatus.DELIVERED));
            return Call.in(w, () -> w.admin.orders().reportProgress(ReportOrderProgress.invoiced(delivered,
                    "NF-" + w.next())));
        });
    }

    private static void serviceCases(List<WriteCase> cases) {
        // The first case of a tenant creates its counter row; a later one moves it on: both are faulted.
        add(cases, "Cases.open", w -> {
            AccountId acme = w.acme().id();
            var team = w.team();
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.cases().open(new OpenCase(acme, CaseDetails.builder("Case " + w.next(),
                    CaseChannel.PHONE).description("No signal").teamId(team).assigneeId(bob).build())));
        });
        add(cases, "Cases.update", w -> {
            ServiceCase serviceCase = openCase(w);
            UserId bob = w.bob();
            return Call.in(w, () -> w.admin.cases().update(UpdateCase.from(serviceCase).withDetails(serviceCase.details()
                    .toBuilder().subject("Renamed " + w.next()).assigneeId(bob).channel(CaseChannel.EMAIL).build())));
        });
        add(cases, "Cases.changeStatus", w -> {
            ServiceCase serviceCase = openCase(w);
            return Call.in(w, () -> w.admin.cases().changeStatus(ChangeCaseStatus.of(serviceCase, CaseStatus.RESOLVED)));
        });
        add(cases, "Cases.comment", w -> {
            ServiceCase serviceCase = openCase(w);
            return Call.in(w, () -> w.admin.cases().comment(AddCaseComment.internalNote(serviceCase.id(), "Note " + w.next())));
        });
        add(cases, "Cases.attach", w -> {
            ServiceCase serviceCase = openCase(w);
            return Call.in(w, () -> w.admin.cases().attach(serviceCase.id(), new AttachFile("photo.jpg", "image/jpeg"),
                    bytes("photo " + w.next())));
        });
        add(cases, "Cases.removeAttachment", w -> {
            ServiceCase attached = openCase(w);
            var photo = w.admin.cases().attach(attached.id(), new AttachFile("photo.jpg", "image/jpeg"), bytes("photo " + w.next()));
            return Call.in(w, () -> w.admin.cases().removeAttachment(attached.id(), photo.id()));
        });
        add(cases, "SurveyAnswers.answer", w -> {
            String token = w.surveyToken();
            return Call.in(w, () -> w.tenant.crm().surveyAnswers().answer(new dev.crmkit.casework.AnswerSurvey(token, 4, 9,
                    "Kind " + w.next())));
        });
        add(cases, "Cases.updateSettings", w -> {
            int days = 1 + w.next() % 300;
            return Call.in(w, () -> w.admin.cases().updateSettings(new CaseSettings(days)));
        });
        add(cases, "Cases.updateSlaSettings", w -> {
            SlaSettings current = w.admin.cases().slaSettings();
            // Always another share than the stored one, so the call writes.
            int percent = current.atRiskPercent() % 100 + 1;
            return Call.in(w, () -> w.admin.cases().updateSlaSettings(UpdateSlaSettings.from(current).withAtRiskPercent(percent)));
        });
    }

    private static void consents(List<WriteCase> cases) {
        add(cases, "Consents.record", w -> {
            var subject = dev.crmkit.consent.ConsentSubject.account(w.acme().id());
            return Call.in(w, () -> w.admin.consents().record(dev.crmkit.consent.RecordConsent.grant(subject,
                    dev.crmkit.consent.ConsentChannel.EMAIL, "Web form " + w.next())));
        });
        add(cases, "Consents.optOutToken", w -> {
            var subject = dev.crmkit.consent.ConsentSubject.account(w.acme().id());
            return Call.in(w, () -> w.admin.consents().optOutToken(subject, dev.crmkit.consent.ConsentChannel.EMAIL));
        });
        add(cases, "OptOuts.optOut", w -> {
            // Granted again first: an opt-out of a withdrawn channel changes nothing.
            var subject = dev.crmkit.consent.ConsentSubject.account(w.acme().id());
            w.admin.consents().record(dev.crmkit.consent.RecordConsent.grant(subject, dev.crmkit.consent.ConsentChannel.PHONE,
                    "Call " + w.next()));
            String token = w.admin.consents().optOutToken(subject, dev.crmkit.consent.ConsentChannel.PHONE);
            return Call.in(w, () -> w.tenant.crm().optOuts().optOut(token));
        });
        add(cases, "Consents.updateSettings", w -> {
            var channels = w.next() % 2 == 0 ? java.util.Set.of(dev.crmkit.consent.ConsentChannel.VISIT)
                    : java.util.Set.of(dev.crmkit.consent.ConsentChannel.PHONE, dev.crmkit.consent.ConsentChannel.EMAIL);
            return Call.in(w, () -> w.admin.consents().updateSettings(new dev.crmkit.consent.ConsentSettings(channels)));
        });
    }

    private static void messages(List<WriteCase> cases) {
        add(cases, "Messages.log", w -> {
            var command = dev.crmkit.message.LogMessage.builder(w.acme().id(), dev.crmkit.message.MessageDirection.INBOUND,
                    dev.crmkit.message.MessageChannel.EMAIL).subject("Pedido " + w.next()).body("Texto")
                    .occurredAt(java.time.Instant.parse("2026-03-01T10:00:00Z")).externalId("mail-" + w.next()).build();
            return Call.in(w, () -> w.admin.messages().log(command));
        });
        add(cases, "Messages.archive", w -> {
            var message = w.admin.messages().log(dev.crmkit.message.LogMessage.builder(w.acme().id(),
                    dev.crmkit.message.MessageDirection.OUTBOUND, dev.crmkit.message.MessageChannel.CALL).body("Ligação " + w.next())
                    .occurredAt(java.time.Instant.parse("2026-03-01T10:00:00Z")).build());
            return Call.in(w, () -> w.admin.messages().archive(dev.crmkit.message.ArchiveMessage.archive(message)));
        });
    }

    /** A draft newsletter or visits campaign aimed at Acme (given a street, so its visit can be planned). */
    private static dev.crmkit.campaign.Campaign draftCampaign(FaultWorld w, dev.crmkit.campaign.CampaignKind kind) {
        return w.admin.campaigns().create(new dev.crmkit.campaign.CreateCampaign("Campaign " + w.next(), kind,
                dev.crmkit.campaign.CampaignPeriod.of(java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 20)),
                dev.crmkit.campaign.CampaignTarget.recipients(List.of(dev.crmkit.campaign.CampaignRecipient.account(w.acme().id())))));
    }

    private static dev.crmkit.campaign.Campaign runningVisits(FaultWorld w) {
        var acme = w.admin.accounts().get(w.acme().id());
        if (acme.details().address() == null || acme.details().address().street() == null) {
            w.admin.accounts().update(dev.crmkit.account.UpdateAccount.from(acme)
                    .details(d -> d.address(dev.crmkit.account.Address.builder().street("Rua A")
                            .city("Campinas").state("SP").country("BR").build())).build());
        }
        // Another case may have made visits need explicit consent: Acme gives it.
        w.admin.consents().record(dev.crmkit.consent.RecordConsent.grant(dev.crmkit.consent.ConsentSubject.account(w.acme().id()),
                dev.crmkit.consent.ConsentChannel.VISIT, "Visit " + w.next()));
        var draft = draftCampaign(w, dev.crmkit.campaign.CampaignKind.VISITS);
        return w.admin.campaigns().launch(dev.crmkit.campaign.LaunchCampaign.planned(draft,
                new dev.crmkit.campaign.VisitPlan.ByResponsible(5)));
    }

    private static void campaigns(List<WriteCase> cases) {
        add(cases, "Campaigns.create", w -> {
            var command = new dev.crmkit.campaign.CreateCampaign("Campaign " + w.next(), dev.crmkit.campaign.CampaignKind.NEWSLETTER,
                    dev.crmkit.campaign.CampaignPeriod.of(java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 20)),
                    dev.crmkit.campaign.CampaignTarget.recipients(List.of(dev.crmkit.campaign.CampaignRecipient.account(w.acme().id()))));
            return Call.in(w, () -> w.admin.campaigns().create(command));
        });
        add(cases, "Campaigns.update", w -> {
            var draft = draftCampaign(w, dev.crmkit.campaign.CampaignKind.NEWSLETTER);
            return Call.in(w, () -> w.admin.campaigns().update(dev.crmkit.campaign.UpdateCampaign.builder(draft)
                    .name(draft.name() + " renamed").build()));
        });
        add(cases, "Campaigns.launch", w -> {
            var draft = draftCampaign(w, dev.crmkit.campaign.CampaignKind.NEWSLETTER);
            return Call.in(w, () -> w.admin.campaigns().launch(dev.crmkit.campaign.LaunchCampaign.of(draft)));
        });
        add(cases, "Campaigns.launch", w -> {
            // An offer making a quote per member for two buyers from a price list: two quotes, two counts.
            Product product = w.admin.products().create(new CreateProduct(ProductDetails.builder("O-" + w.next(), "Offered").build()));
            PriceList list = w.admin.priceLists().create(new CreatePriceList("Offer list " + w.next(), Currency.getInstance("BRL")));
            w.admin.priceLists().setPrice(new SetProductPrice(list.id(), product.id(), new BigDecimal("99.90"),
                    Validity.from(w.today().minusDays(1))));
            List<dev.crmkit.campaign.CampaignRecipient> recipients = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Account buyer = w.admin.accounts().create(AccountTestData.anAccount().named("Offered " + w.next())
                        .withEmails("buyer" + w.next() + "@offer.example").withCatalogs(null, null, null, list.id()).build())
                        .account();
                w.admin.consents().record(dev.crmkit.consent.RecordConsent.grant(dev.crmkit.consent.ConsentSubject.account(
                        buyer.id()), dev.crmkit.consent.ConsentChannel.EMAIL, "Form " + w.next()));
                recipients.add(dev.crmkit.campaign.CampaignRecipient.account(buyer.id()));
            }
            var draft = w.admin.campaigns().create(new dev.crmkit.campaign.CreateCampaign("Offer " + w.next(),
                    dev.crmkit.campaign.CampaignKind.OFFER,
                    dev.crmkit.campaign.CampaignPeriod.of(java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 20)),
                    dev.crmkit.campaign.CampaignTarget.recipients(recipients)));
            var offer = dev.crmkit.campaign.OfferQuotes.perMember(dev.crmkit.campaign.QuotePerMember.of(
                    QuoteLineInput.product(product.id(), new BigDecimal("2")),
                    QuoteLineInput.text("Installation", BigDecimal.ONE, new BigDecimal("150"))));
            return Call.in(w, () -> w.admin.campaigns().launch(dev.crmkit.campaign.LaunchCampaign.offering(draft, offer)));
        });
        add(cases, "Campaigns.complete", w -> {
            var running = runningVisits(w);
            return Call.in(w, () -> w.admin.campaigns().complete(dev.crmkit.campaign.EndCampaign.of(running)));
        });
        add(cases, "Campaigns.cancel", w -> {
            var draft = draftCampaign(w, dev.crmkit.campaign.CampaignKind.NEWSLETTER);
            return Call.in(w, () -> w.admin.campaigns().cancel(dev.crmkit.campaign.EndCampaign.of(draft)));
        });
        add(cases, "Campaigns.report", w -> {
            var running = runningVisits(w);
            var member = w.admin.campaigns().members(running.id(), null, 10).items().get(0);
            return Call.in(w, () -> w.admin.campaigns().report(new dev.crmkit.campaign.ReportMemberOutcome(member.id(),
                    dev.crmkit.campaign.MemberOutcome.OPTED_OUT)));
        });
    }

    private static ServiceCase openCase(FaultWorld w) {
        return w.admin.cases().open(new OpenCase(w.acme().id(), CaseDetails.builder("Case " + w.next(), CaseChannel.PORTAL).build()));
    }
}
