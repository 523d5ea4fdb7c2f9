package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.document.AttachDocument;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentContent;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.document.UpdateDocument;
import dev.crmkit.history.TimelineEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Example;

/**
 * Documents: bytes behind the document store with size and SHA-256 in the metadata, contracts with validity
 * dates, the logo (an image, one per account), the size limit, removal, and the access scope.
 */
public abstract class DocumentContract extends CrmKitSupport {

    /** The eight bytes every PNG file starts with, and a little more. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Example
    void givenAFile_whenAttached_thenItsSizeAndDigestAreKeptAndItsBytesComeBack() throws IOException {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        byte[] pdf = "%PDF-1.7 contrato de prestação de serviços".getBytes(StandardCharsets.UTF_8);

        Document document = tenant.admin().documents().attach(new AttachDocument(account.id(), DocumentKind.LEGAL, "  ",
                "estatuto.pdf", "Application/PDF", null, null), new ByteArrayInputStream(pdf));

        assertThat(document.title()).isEqualTo("estatuto.pdf");
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.size()).isEqualTo(pdf.length);
        assertThat(document.sha256()).isEqualTo(sha256(pdf));
        assertThat(document.uploadedBy()).isEqualTo(tenant.adminId());
        try (DocumentContent content = tenant.admin().documents().open(document.id())) {
            assertThat(content.content().readAllBytes()).isEqualTo(pdf);
            assertThat(content.document()).isEqualTo(document);
        }
        assertThat(tenant.admin().documents().ofAccount(account.id())).containsExactly(document);
        assertThat(tenant.admin().accounts().timeline(account.id(), null, 1).items()).extracting(TimelineEntry::type)
                .containsExactly("DocumentAttached");
    }

    @Example
    void givenAContract_whenAttachedAndUpdated_thenItsValidityIsKeptAndCheckedOnlyForContracts() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        LocalDate from = LocalDate.of(2026, 1, 1);

        Document contract = tenant.admin().documents().attach(new AttachDocument(account.id(), DocumentKind.CONTRACT,
                "Contrato 2026", "c.pdf", "application/pdf", from, from.plusYears(1)), bytes("contract"));
        Document renewed = tenant.admin().documents().update(new UpdateDocument(
                contract.id(), "Contrato 2026-2027", from, from.plusYears(2), contract.version()));
        InvalidCommandException backwards = thrown(InvalidCommandException.class, () -> tenant.admin().documents().update(
                new UpdateDocument(contract.id(), "x", from, from.minusDays(1), renewed.version())));
        InvalidCommandException notAContract = thrown(InvalidCommandException.class, () -> tenant.admin().documents().attach(
                new AttachDocument(account.id(), DocumentKind.OTHER, null, "o.txt", "text/plain", from, null), bytes("other")));

        assertThat(contract.validUntil()).contains(from.plusYears(1));
        assertThat(renewed.validUntil()).contains(from.plusYears(2));
        assertThat(renewed.version()).isEqualTo(contract.version().next());
        assertThat(backwards.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("validUntil", "BeforeValidFrom"));
        assertThat(notAContract.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("validFrom", "OnlyForContract"));
        assertThat(tenant.admin().documents().ofAccount(account.id())).extracting(Document::id).containsExactly(contract.id());
    }

    @Example
    void givenALogo_whenAnotherIsAttached_thenItReplacesTheFirstWhoseBytesAreGone() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();

        Document first = admin.documents().attach(logo(account), new ByteArrayInputStream(PNG));
        Document second = admin.documents().attach(logo(account), new ByteArrayInputStream(PNG));

        assertThat(admin.accounts().get(account.id()).logoId()).contains(second.id());
        thrown(NotFoundException.class, () -> admin.documents().get(first.id()));
        thrown(NotFoundException.class, () -> documentStore().read(tenant.id(), first.id()));
        admin.documents().remove(second.id());
        assertThat(admin.accounts().get(account.id()).logoId()).isEmpty();
    }

    @Example
    void givenALogoThatIsNotAnImage_whenAttached_thenItIsRefusedAndNothingIsKept() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();

        InvalidCommandException pdf = thrown(InvalidCommandException.class, () -> tenant.admin().documents().attach(
                new AttachDocument(account.id(), DocumentKind.LOGO, null, "logo.pdf", "application/pdf", null, null), bytes("%PDF")));
        InvalidCommandException disguised = thrown(InvalidCommandException.class, () -> tenant.admin().documents()
                .attach(logo(account), bytes("<svg onload='alert(1)'/>")));

        assertThat(pdf.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("mediaType", "NotAnImage"));
        assertThat(disguised.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("content", "ContentMismatch"));
        assertThat(tenant.admin().documents().ofAccount(account.id())).isEmpty();
        assertThat(tenant.admin().accounts().get(account.id()).logoId()).isEmpty();
    }

    @Example
    void givenASizeLimit_whenALargerFileIsAttached_thenItIsRefusedAndNoBytesRemain() {
        TestTenant tenant = newTenant();
        Crm small = Crm.builder().store(store()).documentStore(documentStore()).clock(clock).documentSizeLimit(100).build();
        CrmSession admin = small.as(Actor.of(tenant.id(), tenant.adminId()));
        Account account = admin.accounts().create(anAccount().build()).account();

        InvalidCommandException tooLarge = thrown(InvalidCommandException.class, () -> admin.documents().attach(
                new AttachDocument(account.id(), DocumentKind.OTHER, null, "big.bin", "application/octet-stream", null, null),
                new ByteArrayInputStream(new byte[101])));
        InvalidCommandException empty = thrown(InvalidCommandException.class, () -> admin.documents().attach(
                new AttachDocument(account.id(), DocumentKind.OTHER, null, "empty.bin", "application/octet-stream", null, null),
                new ByteArrayInputStream(new byte[0])));
        Document exact = admin.documents().attach(
                new AttachDocument(account.id(), DocumentKind.OTHER, null, "fits.bin", "application/octet-stream", null, null),
                new ByteArrayInputStream(new byte[100]));

        assertThat(tooLarge.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("content", "TooLarge"));
        assertThat(empty.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("content", "NotEmpty"));
        assertThat(admin.documents().ofAccount(account.id())).containsExactly(exact);
    }

    @Example
    void givenBytesAlteredInTheStore_whenTheDocumentIsRead_thenTheMismatchIsReported() throws IOException {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        Document document = tenant.admin().documents().attach(new AttachDocument(account.id(), DocumentKind.OTHER, null,
                "a.txt", "text/plain", null, null), bytes("original"));
        documentStore().write(tenant.id(), document.id(), bytes("tampered"));

        try (DocumentContent content = tenant.admin().documents().open(document.id())) {
            InputStream stream = content.content();
            thrown(StoreException.class, stream::readAllBytes);
        }
    }

    @Example
    void givenBytesAlteredInTheStore_whenActorsOfEachLanguageReadThem_thenEachIsToldInItsLanguage() throws IOException {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        Document document = tenant.admin().documents().attach(new AttachDocument(account.id(), DocumentKind.OTHER, null,
                "contrato.pdf", "application/pdf", null, null), bytes("original"));
        documentStore().write(tenant.id(), document.id(), bytes("tampered"));
        Map<Locale, String> expected = Map.of(
                Locale.ENGLISH, "The stored bytes of document \"" + document.id() + "\" are damaged",
                ExpectedMessages.PT_BR, "Os bytes guardados do documento \"" + document.id() + "\" estão danificados",
                ExpectedMessages.ES, "Los bytes guardados del documento \"" + document.id() + "\" están dañados");

        for (Map.Entry<Locale, String> language : expected.entrySet()) {
            try (DocumentContent content = tenant.as(tenant.adminId(), language.getKey()).documents().open(document.id())) {
                InputStream stream = content.content();
                StoreException damaged = thrown(StoreException.class, stream::readAllBytes);

                assertThat(damaged.code()).isEqualTo(StoreException.DAMAGED);
                assertThat(damaged.field()).contains("documentId");
                assertThat(damaged.getMessage()).as(language.getKey().toString()).startsWith(language.getValue());
            }
        }
    }

    @Example
    void givenADocumentOutsideTheScope_whenTouched_thenItIsNotFound() {
        TestTenant tenant = newTenant();
        tenant.addUser("bob", AccessScope.PORTFOLIO);
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        Document document = tenant.admin().documents().attach(new AttachDocument(account.id(), DocumentKind.OTHER, null,
                "a.txt", "text/plain", null, null), bytes("secret"));
        CrmSession bob = tenant.as(UserId.of("bob"));

        assertThat(thrown(NotFoundException.class, () -> bob.documents().open(document.id())).entity()).isEqualTo("document");
        thrown(NotFoundException.class, () -> bob.documents().remove(document.id()));
        thrown(NotFoundException.class, () -> bob.documents().attach(new AttachDocument(account.id(), DocumentKind.OTHER,
                null, "b.txt", "text/plain", null, null), bytes("intrusion")));
        thrown(NotFoundException.class, () -> tenant.admin().documents().get(DocumentId.newId()));

        assertThat(tenant.admin().documents().ofAccount(account.id())).containsExactly(document);
    }

    @Example
    void givenALeadWithDocuments_whenDeleted_thenTheirBytesAreGoneToo() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        List<Document> documents = List.of(
                tenant.admin().documents().attach(logo(account), new ByteArrayInputStream(PNG)),
                tenant.admin().documents().attach(new AttachDocument(account.id(), DocumentKind.CONTRACT, null, "c.pdf",
                        "application/pdf", null, null), bytes("contract")));

        tenant.admin().accounts().delete(account.id());

        for (Document document : documents) {
            thrown(NotFoundException.class, () -> documentStore().read(tenant.id(), document.id()));
        }
    }

    private static AttachDocument logo(Account account) {
        return new AttachDocument(account.id(), DocumentKind.LOGO, "Logo", "logo.png", "image/png", null, null);
    }

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
