package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.document.AttachDocument;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.event.MessageEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.message.ArchiveMessage;
import dev.crmkit.message.LogMessage;
import dev.crmkit.message.Message;
import dev.crmkit.message.MessageChannel;
import dev.crmkit.message.MessageDirection;
import dev.crmkit.message.MessageSearch;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The archive of messages: logging (once per external id, even when delivered twice at once), attachments of the
 * account's documents, archiving from the version read, an account's messages and the search (text ignoring case and
 * accents, filters, keyset pages), the timeline, the actor's account scope and the account's deletion.
 */
public abstract class MessageContract extends CrmKitSupport {

    private record World(TestTenant tenant, Account acme, Account globex, Contact rita, Contact otto) {}

    private World world() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(AccountTestData.anAccount().named("Acme Telecom")
                .responsibles(tenant.adminId()).build()).account();
        Account globex = admin.accounts().create(AccountTestData.anAccount().named("Globex")
                .responsibles(tenant.adminId()).build()).account();
        Contact rita = admin.contacts().add(new AddContact(acme.id(), new ContactDetails("Rita Souza", "Buyer",
                List.of("rita@acme.example"), List.of(), null)));
        Contact otto = admin.contacts().add(new AddContact(globex.id(), new ContactDetails("Otto", null, List.of(),
                List.of(), null)));
        return new World(tenant, acme, globex, rita, otto);
    }

    private static LogMessage.Builder email(Account account, String subject, String body) {
        return LogMessage.builder(account.id(), MessageDirection.INBOUND, MessageChannel.EMAIL).subject(subject).body(body)
                .occurredAt(START.minus(Duration.ofHours(1)));
    }

    private Document document(CrmSession session, Account account, String name) {
        return session.documents().attach(new AttachDocument(account.id(), DocumentKind.OTHER, null, name, "application/pdf",
                null, null), new ByteArrayInputStream("%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
    }

    @Example
    void givenAnEmailOfAContactWithAnAttachment_whenLogged_thenItIsStoredRaisedAndShownOnTheTimeline() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Document proposal = document(admin, w.acme(), "proposta.pdf");

        Message logged = admin.messages().log(email(w.acme(), "  Pedido de orçamento ", " Precisamos de 40 linhas. ")
                .contact(w.rita().id()).externalId("mail-1").attachments(List.of(proposal.id())).build());

        assertThat(logged.subject()).isEqualTo("Pedido de orçamento");
        assertThat(logged.body()).isEqualTo("Precisamos de 40 linhas.");
        assertThat(logged.contactId()).isEqualTo(w.rita().id());
        assertThat(logged.loggedBy()).isEqualTo(w.tenant().adminId());
        assertThat(logged.loggedAt()).isEqualTo(clock.instant());
        assertThat(logged.attachments()).containsExactly(proposal.id());
        assertThat(logged.archived()).isFalse();
        assertThat(admin.messages().get(logged.id())).isEqualTo(logged);
        assertThat(published.eventsOf(w.tenant().id(), MessageEvent.MessageLogged.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.messageId()).isEqualTo(logged.id());
                    assertThat(e.contactId()).isEqualTo(w.rita().id());
                });
        assertThat(admin.accounts().timeline(w.acme().id(), null, 10).items()).extracting(TimelineEntry::summary)
                .contains("E-mail received: Pedido de orçamento");

        Message call = admin.messages().log(LogMessage.builder(w.acme().id(), MessageDirection.OUTBOUND, MessageChannel.CALL)
                .body("Ligação de retorno").occurredAt(START).build());
        assertThat(call.subject()).isNull();
        assertThat(call.externalId()).isNull();
    }

    @Example
    void givenAMessageDeliveredTwice_whenLoggedAgainWithTheSameExternalId_thenItIsStoredOnceAndNothingIsRaised() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Message first = admin.messages().log(email(w.acme(), "Pedido", "Texto").externalId("mail-42").build());
        clock.advance(Duration.ofMinutes(5));

        Message again = admin.messages().log(email(w.acme(), "Pedido (reenviado)", "Texto").externalId(" mail-42 ").build());

        assertThat(again).isEqualTo(first);
        assertThat(admin.messages().ofAccount(w.acme().id(), true, null, 10).items()).containsExactly(first);
        assertThat(published.eventsOf(w.tenant().id(), MessageEvent.MessageLogged.class)).hasSize(1);
        // Messages without an external id are never deduplicated.
        admin.messages().log(email(w.acme(), "Sem id", "A").build());
        admin.messages().log(email(w.acme(), "Sem id", "A").build());
        assertThat(admin.messages().ofAccount(w.acme().id(), true, null, 10).items()).hasSize(3);
    }

    @Example
    void givenTwoDeliveriesOfOneMessageAtOnce_whenBothAreLogged_thenOneIsStoredAndBothAnswerIt() throws Exception {
        World w = world();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String externalId = "wa-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Message>> deliveries = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Callable<Message> delivery = () -> {
                        start.await();
                        return w.tenant().admin().messages().log(LogMessage.builder(w.acme().id(), MessageDirection.INBOUND,
                                MessageChannel.SMS_WHATSAPP).body("Olá").occurredAt(START).externalId(externalId).build());
                    };
                    deliveries.add(pool.submit(delivery));
                }
                start.countDown();
                Message a = deliveries.get(0).get(30, TimeUnit.SECONDS);
                Message b = deliveries.get(1).get(30, TimeUnit.SECONDS);
                assertThat(a).isEqualTo(b);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(w.tenant().admin().messages().ofAccount(w.acme().id(), true, null, 50).items()).hasSize(5);
        assertThat(published.eventsOf(w.tenant().id(), MessageEvent.MessageLogged.class)).hasSize(5);
    }

    @Example
    void givenBadMessages_whenLogged_thenEachIsRefusedNamingItsFieldAndNothingIsStored() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Document ofGlobex = document(admin, w.globex(), "globex.pdf");
        Document own = document(admin, w.acme(), "acme.pdf");

        assertThat(thrown(InvalidCommandException.class, () -> admin.messages().log(
                email(w.acme(), "  ", "Texto").build())).violations())
                .extracting(Violation::path, Violation::code).containsExactly(tuple("subject", "SubjectRequired"));
        assertThat(thrown(InvalidCommandException.class, () -> admin.messages().log(
                email(w.acme(), "A", "Texto").attachments(List.of(own.id(), ofGlobex.id(), own.id())).build())).violations())
                .extracting(Violation::path, Violation::code).containsExactly(
                        tuple("attachments[1]", "NotADocumentOfTheAccount"), tuple("attachments[2]", "Repeated"));
        assertThat(thrown(InvalidCommandException.class, () -> admin.messages().log(
                email(w.acme(), "A", " ").build())).violations()).extracting(Violation::path).containsExactly("body");
        NotFoundException foreign = thrown(NotFoundException.class, () -> admin.messages().log(
                email(w.acme(), "A", "B").contact(w.otto().id()).build()));
        assertThat(foreign.getMessage()).contains("contactId");
        assertThat(admin.messages().ofAccount(w.acme().id(), true, null, 10).items()).isEmpty();
        assertThat(published.eventsOf(w.tenant().id(), MessageEvent.class)).isEmpty();
    }

    @Example
    void givenAMessage_whenArchivedAndUnarchivedFromWhatWasRead_thenListingsFollowAndAStaleVersionIsRefused() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Message kept = admin.messages().log(email(w.acme(), "Contrato", "Segue").build());
        Message other = admin.messages().log(email(w.acme(), "Outro", "Texto").build());

        Message archived = admin.messages().archive(ArchiveMessage.archive(kept));

        assertThat(archived.archived()).isTrue();
        assertThat(archived.version()).isEqualTo(kept.version().next());
        assertThat(admin.messages().ofAccount(w.acme().id(), false, null, 10).items()).containsExactly(other);
        assertThat(admin.messages().ofAccount(w.acme().id(), true, null, 10).items()).contains(archived, other);
        assertThat(admin.messages().search(MessageSearch.builder().text("contrato").build()).items()).isEmpty();
        assertThat(admin.messages().search(MessageSearch.builder().text("contrato").includeArchived(true).build()).items())
                .containsExactly(archived);
        assertThat(thrown(ConflictException.class, () -> admin.messages().archive(ArchiveMessage.unarchive(kept))).code())
                .isEqualTo(ConflictException.STALE_VERSION);
        assertThat(admin.messages().archive(ArchiveMessage.archive(archived))).isEqualTo(archived);

        Message back = admin.messages().archive(ArchiveMessage.unarchive(archived));

        assertThat(back.archived()).isFalse();
        assertThat(admin.messages().get(kept.id())).isEqualTo(back);
        assertThat(published.eventsOf(w.tenant().id(), MessageEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("MessageLogged", "MessageLogged", "MessageArchived", "MessageUnarchived");
        assertThat(admin.accounts().timeline(w.acme().id(), null, 10).items()).extracting(TimelineEntry::summary)
                .contains("Message archived: Contrato", "Message taken out of the archive: Contrato");
    }

    @Example
    void givenMessagesOfTwoAccounts_whenSearched_thenTextIgnoresCaseAndAccentsFiltersApplyAndPagesGoNewestFirst() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        List<Message> logged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logged.add(admin.messages().log(email(w.acme(), "Orçamento " + i, "Proposta de preço").occurredAt(START.plusSeconds(i))
                    .build()));
        }
        Message letter = admin.messages().log(LogMessage.builder(w.globex().id(), MessageDirection.OUTBOUND, MessageChannel.LETTER)
                .subject("Carta de cobrança").body("Prezado cliente, o ORÇAMENTO vence amanhã").occurredAt(START.plusSeconds(2))
                .build());
        Message call = admin.messages().log(LogMessage.builder(w.globex().id(), MessageDirection.INBOUND, MessageChannel.CALL)
                .body("Pediu retorno").occurredAt(START.minusSeconds(60)).build());

        assertThat(admin.messages().search(MessageSearch.builder().text("ORCAMENTO").build()).items())
                .containsExactly(logged.get(4), logged.get(3), letter, logged.get(2), logged.get(1), logged.get(0));
        assertThat(admin.messages().search(MessageSearch.builder().text("orçamento 3").build()).items())
                .containsExactly(logged.get(3));
        assertThat(admin.messages().search(MessageSearch.builder().channel(MessageChannel.CALL).build()).items())
                .containsExactly(call);
        assertThat(admin.messages().search(MessageSearch.builder().direction(MessageDirection.OUTBOUND).build()).items())
                .containsExactly(letter);
        assertThat(admin.messages().search(MessageSearch.builder().account(w.globex().id()).build()).items())
                .containsExactly(letter, call);
        assertThat(admin.messages().search(MessageSearch.builder().between(START.plusSeconds(1), START.plusSeconds(3)).build())
                .items()).containsExactly(letter, logged.get(2), logged.get(1));

        List<Message> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Message> page = admin.messages().search(MessageSearch.builder().limit(3).cursor(cursor).build());
            walked.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactly(logged.get(4), logged.get(3), letter, logged.get(2), logged.get(1), logged.get(0),
                call);
        Page<Message> first = admin.messages().ofAccount(w.acme().id(), false, null, 2);
        assertThat(first.items()).containsExactly(logged.get(4), logged.get(3));
        assertThat(admin.messages().ofAccount(w.acme().id(), false, first.nextCursor(), 2).items())
                .containsExactly(logged.get(2), logged.get(1));
        assertThat(thrown(InvalidCommandException.class, () -> admin.messages().search(MessageSearch.builder()
                .between(START, START).build())).violations()).extracting(Violation::path).containsExactly("to");
        assertThat(thrown(InvalidCommandException.class, () -> admin.messages().search(MessageSearch.builder()
                .cursor("nonsense").build())).violations()).extracting(Violation::path).containsExactly("cursor");
    }

    @Example
    void givenAUserOutsideTheAccountsScope_whenMessagesAreLoggedReadOrSearched_thenTheyAreNotFoundOrLeftOut() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Message message = admin.messages().log(email(w.acme(), "Interno", "Texto").externalId("mail-7").build());
        UserId pat = w.tenant().addUser("pat", AccessScope.PORTFOLIO).id();
        CrmSession outsider = w.tenant().as(pat);

        for (Runnable call : List.<Runnable>of(
                () -> outsider.messages().get(message.id()),
                () -> outsider.messages().ofAccount(w.acme().id(), true, null, 10),
                () -> outsider.messages().archive(ArchiveMessage.archive(message)),
                () -> outsider.messages().log(email(w.acme(), "A", "B").build()))) {
            assertThat(thrown(NotFoundException.class, call::run)).isNotNull();
        }
        assertThat(outsider.messages().search(MessageSearch.builder().includeArchived(true).build()).items()).isEmpty();
        assertThat(admin.messages().get(message.id())).isEqualTo(message);
        assertThat(admin.messages().ofAccount(w.acme().id(), true, null, 10).items()).containsExactly(message);
    }

    @Example
    void givenAnAccountWithMessages_whenDeleted_thenItsMessagesGoWithItAndTheirExternalIdsAreFreeAgain() {
        World w = world();
        CrmSession admin = w.tenant().admin();
        Message message = admin.messages().log(email(w.globex(), "Adeus", "Texto").externalId("mail-9").build());
        Message kept = admin.messages().log(email(w.acme(), "Fica", "Texto").build());

        admin.accounts().delete(w.globex().id());

        assertThat(thrown(NotFoundException.class, () -> admin.messages().get(message.id()))).isNotNull();
        assertThat(admin.messages().search(MessageSearch.builder().includeArchived(true).build()).items()).containsExactly(kept);
        Message again = admin.messages().log(email(w.acme(), "Adeus", "Texto").externalId("mail-9").build());
        assertThat(again.id()).isNotEqualTo(message.id());
        assertThat(again.accountId()).isEqualTo(w.acme().id());
    }


    /** Words with and without accents and in both cases, so searches meet every folding. */
    private static final List<String> WORDS = List.of("Orçamento", "ORCAMENTO", "orcamento", "São", "sao", "Paulo",
            "linhas", "Renovação", "renovacao", "contrato", "Ligação", "ação", "ÁGUA", "agua");

    @Property(tries = 8)
    void givenRandomMessages_whenSearchedWithRandomFiltersPageByPage_thenThePagesMatchABruteForce(@ForAll long seed) {
        Random random = new Random(seed);
        World w = world();
        CrmSession admin = w.tenant().admin();
        UserId pat = w.tenant().addUser("pat-" + Long.toHexString(random.nextLong()), AccessScope.PORTFOLIO).id();
        // Pat sees Globex only.
        admin.accounts().assignResponsible(new dev.crmkit.account.AssignResponsible(w.globex().id(), pat));
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Account account = random.nextBoolean() ? w.acme() : w.globex();
            MessageChannel channel = MessageChannel.values()[random.nextInt(MessageChannel.values().length)];
            LogMessage command = LogMessage.builder(account.id(),
                            MessageDirection.values()[random.nextInt(2)], channel)
                    .subject(channel.needsSubject() || random.nextBoolean() ? words(random, 2) : null)
                    .body(words(random, 3))
                    // Few distinct instants: ties are ordered by id.
                    .occurredAt(START.plusSeconds(random.nextInt(6) * 60L)).build();
            Message message = admin.messages().log(command);
            if (random.nextInt(4) == 0) {
                message = admin.messages().archive(ArchiveMessage.archive(message));
            }
            all.add(message);
        }
        for (int q = 0; q < 4; q++) {
            boolean asPat = random.nextBoolean();
            MessageSearch.Builder search = MessageSearch.builder().limit(1 + random.nextInt(4))
                    .includeArchived(random.nextBoolean());
            Predicate<Message> expected = m -> asPat ? m.accountId().equals(w.globex().id()) : true;
            String text = random.nextInt(3) == 0 ? null : WORDS.get(random.nextInt(WORDS.size()));
            MessageChannel channel = random.nextInt(3) == 0 ? MessageChannel.values()[random.nextInt(4)] : null;
            MessageDirection direction = random.nextInt(3) == 0 ? MessageDirection.values()[random.nextInt(2)] : null;
            Account account = random.nextInt(3) == 0 ? w.acme() : null;
            boolean range = random.nextInt(3) == 0;
            search.text(text).channel(channel).direction(direction);
            if (account != null && !asPat) {
                search.account(account.id());
                expected = expected.and(m -> m.accountId().equals(account.id()));
            }
            if (range) {
                search.between(START.plusSeconds(60), START.plusSeconds(240));
                expected = expected.and(m -> !m.occurredAt().isBefore(START.plusSeconds(60))
                        && m.occurredAt().isBefore(START.plusSeconds(240)));
            }
            MessageSearch first = search.build();
            expected = expected.and(m -> first.includeArchived() || !m.archived())
                    .and(m -> channel == null || m.channel() == channel)
                    .and(m -> direction == null || m.direction() == direction)
                    .and(m -> text == null || folded(m.subject()).contains(folded(text)) || folded(m.body()).contains(folded(text)));
            List<Message> brute = all.stream().map(m -> admin.messages().get(m.id())).filter(expected)
                    .sorted(Comparator.comparing(Message::occurredAt).thenComparing(Message::id).reversed()).toList();

            CrmSession session = asPat ? w.tenant().as(pat) : admin;
            List<Message> walked = new ArrayList<>();
            String cursor = null;
            do {
                Page<Message> page = session.messages().search(search.cursor(cursor).build());
                assertThat(page.items().size()).isLessThanOrEqualTo(first.limit());
                walked.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(walked).as("search %s as %s", first, asPat ? "pat" : "admin").containsExactlyElementsOf(brute);
        }
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    /** Lower case without accents, written apart from the library's folding. */
    private static String folded(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
