package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.common.DocumentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.TenantId;
import dev.crmkit.spi.DocumentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.jqwik.api.Example;

/**
 * The document store port: bytes in and out by (tenant, document), replaced on a second write, deleted
 * idempotently, separate per tenant, and a failing stream leaves nothing readable behind.
 */
public abstract class DocumentStoreContract {

    /**
     * The document store under test.
     *
     * @return the store
     */
    protected abstract DocumentStore documentStore();

    @Example
    void givenBytes_whenWrittenReadReplacedAndDeleted_thenEachStepIsSeen() throws IOException {
        TenantId tenant = tenant();
        DocumentId id = DocumentId.newId();

        documentStore().write(tenant, id, stream("first"));
        assertThat(read(tenant, id)).isEqualTo("first");
        documentStore().write(tenant, id, stream("second, longer"));
        assertThat(read(tenant, id)).isEqualTo("second, longer");
        documentStore().delete(tenant, id);
        documentStore().delete(tenant, id);

        assertThat(CrmKitSupport.thrown(NotFoundException.class, () -> documentStore().read(tenant, id)).field())
                .contains("documentId");
    }

    @Example
    void givenTheSameIdInTwoTenants_whenWritten_thenEachKeepsItsOwnBytes() throws IOException {
        TenantId first = tenant();
        TenantId second = tenant();
        DocumentId id = DocumentId.newId();

        documentStore().write(first, id, stream("one"));
        documentStore().write(second, id, stream("two"));
        documentStore().delete(first, id);

        assertThat(read(second, id)).isEqualTo("two");
        CrmKitSupport.thrown(NotFoundException.class, () -> documentStore().read(first, id));
    }

    @Example
    void givenAStreamThatFailsHalfway_whenWritten_thenItsFailurePassesThroughAndNothingIsReadable() {
        TenantId tenant = tenant();
        DocumentId id = DocumentId.newId();
        InvalidCommandException failure = InvalidCommandException.single("content", "TooLarge", 3);
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() {
                if (sent++ == 3) {
                    throw failure;
                }
                return 'x';
            }
        };

        Throwable thrown = CrmKitSupport.thrown(InvalidCommandException.class, () -> documentStore().write(tenant, id, failing));

        assertThat(thrown).isSameAs(failure);
        CrmKitSupport.thrown(NotFoundException.class, () -> documentStore().read(tenant, id));
    }

    @Example
    void givenATenantKeyThatLooksLikeAPath_whenWritten_thenItStaysInItsOwnPlace() throws IOException {
        TenantId sneaky = TenantId.of("../" + UUID.randomUUID());
        DocumentId id = DocumentId.newId();

        documentStore().write(sneaky, id, stream("contained"));

        assertThat(read(sneaky, id)).isEqualTo("contained");
        CrmKitSupport.thrown(NotFoundException.class, () -> documentStore().read(TenantId.of(sneaky.value().substring(3)), id));
    }

    private String read(TenantId tenant, DocumentId id) throws IOException {
        try (InputStream in = documentStore().read(tenant, id)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static TenantId tenant() {
        return TenantId.of("docs-" + UUID.randomUUID());
    }
}
