package dev.crmkit.testkit;

import dev.crmkit.Crm;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.io.FileSystemDocumentStore;
import dev.crmkit.spi.BalanceSource;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.OrderGateway;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DocumentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * The base of every contract suite: the adapter under test supplies its store, the kit builds a
 * {@link Crm} over it with a {@link TestClock} and a {@link RecordingPublisher}, and creates tenants with
 * unique ids, so tests never see each other's data.
 */
public abstract class CrmKitSupport {

    /** The instant the test clock starts at: Monday 2 March 2026, 12:00 UTC. */
    public static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

    /** The clock of this test's {@link #crm()}. */
    protected final TestClock clock = new TestClock(START);

    /** The publisher of this test's {@link #crm()}. */
    protected final RecordingPublisher published = new RecordingPublisher();

    private Crm crm;

    /**
     * The adapter under test. Called often: return one shared instance.
     *
     * @return the store
     */
    protected abstract CrmStore store();

    /**
     * Where this test's documents keep their bytes. The default is a {@link FileSystemDocumentStore} in a
     * temporary folder shared by the JVM; an adapter that brings its own document store may return it.
     *
     * @return the document store
     */
    protected DocumentStore documentStore() {
        return SharedDocumentStore.INSTANCE;
    }

    /**
     * What this test's {@link #crm()} asks about overdue balances; none unless a suite says otherwise.
     *
     * @return the balance source
     */
    protected BalanceSource balanceSource() {
        return BalanceSource.NONE;
    }

    /**
     * What this test's {@link #crm()} asks about quotes' taxes; none unless a suite says otherwise.
     *
     * @return the tax calculator
     */
    protected TaxCalculator taxCalculator() {
        return TaxCalculator.NONE;
    }

    /**
     * Where this test's {@link #crm()} hands new orders; none unless a suite says otherwise.
     *
     * @return the order gateway
     */
    protected OrderGateway orderGateway() {
        return OrderGateway.NONE;
    }

    /**
     * Where this test's {@link #crm()} hands campaign messages; none unless a suite says otherwise.
     *
     * @return the message sender
     */
    protected dev.crmkit.spi.MessageSender messageSender() {
        return dev.crmkit.spi.MessageSender.NONE;
    }

    /** @return the entry point of this test, built on first use over {@link #store()} */
    protected final Crm crm() {
        if (crm == null) {
            crm = Crm.builder().store(store()).documentStore(documentStore()).clock(clock).eventPublisher(published)
                    .balanceSource(balanceSource()).taxCalculator(taxCalculator())
                    .orderGateway(orderGateway()).messageSender(messageSender()).build();
        }
        return crm;
    }

    /** @return a new tenant with a unique id, time zone America/Sao_Paulo and locale en, administered by "admin" */
    protected final TestTenant newTenant() {
        return newTenant(ZoneId.of("America/Sao_Paulo"), Locale.ENGLISH);
    }

    /**
     * A new tenant with a unique id.
     *
     * @param zone its time zone
     * @param locale its default locale
     * @return the tenant
     */
    protected final TestTenant newTenant(ZoneId zone, Locale locale) {
        TenantId id = uniqueTenantId();
        UserId admin = UserId.of("admin");
        crm().tenants().create(new CreateTenant(id, "Tenant " + id.value(), zone, locale, "Partner", admin, "Admin"));
        return new TestTenant(crm(), id, admin);
    }

    /**
     * Runs a call that must fail with an exception of a type, and returns it for further assertions.
     *
     * @param type the expected exception type
     * @param call the call
     * @param <E> the exception type
     * @return the exception
     */
    protected static <E extends Throwable> E thrown(Class<E> type, ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        Assertions.assertThat(thrown).as("exception thrown").isInstanceOf(type);
        return type.cast(thrown);
    }

    /** One file-system document store for the whole JVM, in a temporary folder. */
    private static final class SharedDocumentStore {

        static final DocumentStore INSTANCE = create();

        private static DocumentStore create() {
            try {
                return new FileSystemDocumentStore(Files.createTempDirectory("crmkit-testkit-documents"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return a tenant id no test has used */
    protected static TenantId uniqueTenantId() {
        return TenantId.of("t-" + UUID.randomUUID());
    }
}
