package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.consent.Consent;
import dev.crmkit.consent.ConsentChannel;
import dev.crmkit.consent.ConsentSettings;
import dev.crmkit.consent.ConsentState;
import dev.crmkit.consent.ConsentSubject;
import dev.crmkit.consent.ContactPermission;
import dev.crmkit.consent.RecordConsent;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.ConsentEvent;
import dev.crmkit.history.TimelineEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * Consent to be reached: decisions per account or contact and channel kept as evidence, the check a campaign makes
 * (a withdrawal wins, then a grant, then the tenant's rule of the channel), the opt-out through a message's token,
 * and the actor's account scope.
 */
public abstract class ConsentContract extends CrmKitSupport {

    private record World(TestTenant tenant, Account acme, Contact rita, Contact other) {}

    private World world() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(AccountTestData.anAccount().named("Acme Telecom")
                .responsibles(tenant.adminId()).build()).account();
        Account globex = admin.accounts().create(AccountTestData.anAccount().named("Globex")
                .responsibles(tenant.adminId()).build()).account();
        Contact rita = admin.contacts().add(new AddContact(acme.id(), new ContactDetails("Rita Souza", "Buyer",
                List.of("rita@acme.example"), List.of(), null)));
        Contact other = admin.contacts().add(new AddContact(globex.id(), new ContactDetails("Otto", null, List.of(),
                List.of(), null)));
        return new World(tenant, acme, rita, other);
    }

    @Example
    void givenDecisionsOfAnAccountAndItsContact_whenChecked_thenAWithdrawalWinsThenAGrantThenTheChannelsRule() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        ConsentSubject company = ConsentSubject.account(w.acme().id());
        ConsentSubject rita = ConsentSubject.contact(w.acme().id(), w.rita().id());

        Consent granted = admin.consents().record(RecordConsent.grant(rita, ConsentChannel.EMAIL, " Web form "));
        admin.consents().record(RecordConsent.grant(company, ConsentChannel.SMS_WHATSAPP, "Signed contract"));
        clock.advance(java.time.Duration.ofMinutes(1));
        Consent stop = admin.consents().record(RecordConsent.withdraw(company, ConsentChannel.PHONE, "Asked by phone"));

        assertThat(granted.source()).isEqualTo("Web form");
        assertThat(granted.recordedBy()).isEqualTo(w.tenant().adminId());
        assertThat(granted.state()).isEqualTo(ConsentState.GRANTED);
        // Rita's own grant; the company's grant reaches her too; the company's withdrawal reaches her too.
        assertThat(admin.consents().check(rita, ConsentChannel.EMAIL))
                .isEqualTo(new ContactPermission(true, ContactPermission.Reason.GRANTED, granted));
        assertThat(admin.consents().check(rita, ConsentChannel.SMS_WHATSAPP).reason()).isEqualTo(ContactPermission.Reason.GRANTED);
        assertThat(admin.consents().check(rita, ConsentChannel.PHONE))
                .isEqualTo(new ContactPermission(false, ContactPermission.Reason.WITHDRAWN, stop));
        // Nothing recorded: e-mail needs explicit consent by default, visits do not.
        assertThat(admin.consents().check(company, ConsentChannel.EMAIL))
                .isEqualTo(new ContactPermission(false, ContactPermission.Reason.NOT_GIVEN, null));
        assertThat(admin.consents().check(company, ConsentChannel.VISIT))
                .isEqualTo(new ContactPermission(true, ContactPermission.Reason.NOT_REQUIRED, null));

        // Rita withdraws her e-mail consent: the latest decision counts, the earlier stays in the history.
        clock.advance(java.time.Duration.ofMinutes(1));
        Consent ritaStops = admin.consents().record(RecordConsent.withdraw(rita, ConsentChannel.EMAIL, "Replied STOP"));
        assertThat(admin.consents().check(rita, ConsentChannel.EMAIL).allowed()).isFalse();
        assertThat(admin.consents().current(w.acme().id())).extracting(c -> c.subject().contactId(), Consent::channel,
                Consent::state).containsExactly(
                        tuple(null, ConsentChannel.PHONE, ConsentState.WITHDRAWN),
                        tuple(null, ConsentChannel.SMS_WHATSAPP, ConsentState.GRANTED),
                        tuple(w.rita().id(), ConsentChannel.EMAIL, ConsentState.WITHDRAWN));
        assertThat(admin.consents().history(w.acme().id())).first().isEqualTo(ritaStops);
        assertThat(admin.consents().history(w.acme().id())).hasSize(4).last().isEqualTo(granted);

        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), ConsentEvent.ConsentRecorded.class))
                .extracting(ConsentEvent.ConsentRecorded::contactId, ConsentEvent.ConsentRecorded::state)
                .containsExactly(tuple(w.rita().id(), ConsentState.GRANTED), tuple(null, ConsentState.GRANTED),
                        tuple(null, ConsentState.WITHDRAWN), tuple(w.rita().id(), ConsentState.WITHDRAWN));
        assertThat(w.tenant().as(w.tenant().adminId(), Locale.forLanguageTag("pt-BR")).accounts()
                .timeline(w.acme().id(), null, 10).items()).extracting(TimelineEntry::summary)
                .contains("Consentimento de contato por telefone revogado (Asked by phone)");
    }

    @Example
    void givenTheTenantsRule_whenAnAdministratorChangesIt_thenChecksFollowItAndOthersMayNotChangeIt() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        UserId bob = w.tenant().addUser("bob", AccessScope.ALL).id();
        ConsentSubject company = ConsentSubject.account(w.acme().id());

        assertThat(admin.consents().settings()).isEqualTo(ConsentSettings.DEFAULT);
        assertThat(thrown(AccessDeniedException.class, () -> w.tenant().as(bob).consents().updateSettings(
                new ConsentSettings(Set.of())))).isNotNull();
        ConsentSettings strict = admin.consents().updateSettings(new ConsentSettings(Set.of(ConsentChannel.values())));

        assertThat(w.tenant().as(bob).consents().settings()).isEqualTo(strict);
        assertThat(admin.consents().check(company, ConsentChannel.VISIT).reason()).isEqualTo(ContactPermission.Reason.NOT_GIVEN);
        assertThat(admin.consents().updateSettings(strict)).isEqualTo(strict);
        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), ConsentEvent.ConsentSettingsChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.changes().get(0).newValue()).isEqualTo("EMAIL, PHONE, SMS_WHATSAPP, VISIT"));
    }

    @Example
    void givenAnOptOutToken_whenTheRecipientFollowsItTwice_thenOneWithdrawalIsRecordedWithNoActor() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        ConsentSubject rita = ConsentSubject.contact(w.acme().id(), w.rita().id());
        admin.consents().record(RecordConsent.grant(rita, ConsentChannel.EMAIL, "Web form"));
        String token = admin.consents().optOutToken(rita, ConsentChannel.EMAIL);

        clock.advance(java.time.Duration.ofMinutes(1));
        Consent out = crm().optOuts().optOut(token);
        Consent again = crm().optOuts().optOut(token);

        assertThat(out.state()).isEqualTo(ConsentState.WITHDRAWN);
        assertThat(out.source()).isEqualTo("opt-out link");
        assertThat(out.recordedBy()).isNull();
        assertThat(again).isEqualTo(out);
        assertThat(admin.consents().history(w.acme().id())).hasSize(2);
        assertThat(admin.consents().check(rita, ConsentChannel.EMAIL).reason()).isEqualTo(ContactPermission.Reason.WITHDRAWN);
        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), ConsentEvent.ConsentRecorded.class)).last()
                .satisfies(e -> assertThat(e.meta().actor()).isNull());

        // A changed token, one naming another tenant, and any after its account is deleted are refused.
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        String elsewhere = newTenant().id().value() + token.substring(token.lastIndexOf('.'));
        for (String bad : List.of(forged, elsewhere, "", "no-dot", ".", token + "\u0000")) {
            assertThat(thrown(InvalidCommandException.class, () -> crm().optOuts().optOut(bad)).violations())
                    .extracting(Violation::path).containsExactly("token");
        }
        admin.accounts().delete(w.acme().id());
        assertThat(thrown(InvalidCommandException.class, () -> crm().optOuts().optOut(token)).violations())
                .extracting(Violation::path, Violation::code).containsExactly(tuple("token", "InvalidToken"));
    }

    @Example
    void givenAUserOutsideTheAccountsScopeOrAContactOfAnotherAccount_whenConsentIsRecordedOrRead_thenItIsNotFound() {
        World w = world();
        UserId pat = w.tenant().addUser("pat", AccessScope.PORTFOLIO).id();
        CrmSession outsider = w.tenant().as(pat);
        ConsentSubject company = ConsentSubject.account(w.acme().id());

        for (Runnable call : List.<Runnable>of(
                () -> outsider.consents().record(RecordConsent.grant(company, ConsentChannel.EMAIL, "Form")),
                () -> outsider.consents().current(w.acme().id()),
                () -> outsider.consents().history(w.acme().id()),
                () -> outsider.consents().check(company, ConsentChannel.EMAIL),
                () -> outsider.consents().optOutToken(company, ConsentChannel.EMAIL))) {
            assertThat(thrown(NotFoundException.class, call::run)).isNotNull();
        }
        NotFoundException foreign = thrown(NotFoundException.class, () -> w.tenant().admin().consents().record(
                RecordConsent.grant(ConsentSubject.contact(w.acme().id(), w.other().id()), ConsentChannel.EMAIL, "Form")));
        assertThat(foreign.getMessage()).contains("subject.contactId");
        assertThat(w.tenant().admin().consents().history(w.acme().id())).isEmpty();
        InvalidCommandException blank = thrown(InvalidCommandException.class, () -> w.tenant().admin().consents().record(
                RecordConsent.grant(company, ConsentChannel.EMAIL, "  ")));
        assertThat(blank.violations()).extracting(Violation::path).containsExactly("source");
    }
}
