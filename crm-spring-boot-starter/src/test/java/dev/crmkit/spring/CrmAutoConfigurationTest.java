package dev.crmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.Address;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.io.CrmJson;
import dev.crmkit.jpa.JpaCrmStore;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteNumbering;
import dev.crmkit.quote.QuoteTax;
import dev.crmkit.spi.EventPublisher;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.TaxRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auto-configuration on an embedded H2, with Spring's {@code DataSourceTransactionManager}: what it wires from the
 * host's beans, and how a CRM call joins the host's transaction. (The Spring example host tests the same over HTTP,
 * with a {@code JpaTransactionManager}, on H2 and PostgreSQL.)
 */
class CrmAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    JacksonAutoConfiguration.class, CrmAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:starter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username=sa")
            .withUserConfiguration(HostBeans.class);

    @Test
    void givenAHostWithADataSource_whenItStarts_thenCrmKitsMigrationsRanAndTheCrmUsesTheHostsClockAndSpringEvents() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Crm.class).hasSingleBean(JpaCrmStore.class);
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForList("select \"version\" from \"crmkit_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"",
                    String.class)).startsWith("1", "2", "3", "4", "5").doesNotHaveDuplicates();
            Crm crm = context.getBean(Crm.class);
            assertThat(crm.clock()).isSameAs(HostBeans.CLOCK);

            AccountId account = tenant(crm).accounts().create(anAccount("ACME")).account().id();

            assertThat(context.getBean(HostBeans.class).heard).anyMatch(
                    e -> e instanceof AccountEvent.AccountCreated created && created.accountId().equals(account));
        });
    }

    @Test
    void givenBootsValidatorFactory_whenTheCrmIsMade_thenItValidatesCommandsWithIt() {
        AtomicInteger asked = new AtomicInteger();
        ValidatorFactory boots = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
        ValidatorFactory counting = (ValidatorFactory) Proxy.newProxyInstance(ValidatorFactory.class.getClassLoader(),
                new Class<?>[] {ValidatorFactory.class}, (proxy, method, args) -> {
                    asked.incrementAndGet();
                    return method.invoke(boots, args);
                });
        runner.withBean(ValidatorFactory.class, () -> counting).run(context -> {
            CrmSession admin = tenant(context.getBean(Crm.class));

            assertThatThrownBy(() -> admin.accounts().create(anAccount(" "))).isInstanceOf(InvalidCommandException.class);
            assertThat(asked.get()).as("the Crm was built on the host's factory").isPositive();
        });
        boots.close();
    }

    @Test
    void givenTheHostsPortBeansAndACustomizer_whenTheCrmIsMade_thenQuotesAreNumberedAndTaxedByTheHost() {
        List<String> customized = new CopyOnWriteArrayList<>();
        runner.withBean(QuoteNumbering.class, () -> new QuoteNumbering("ORC-", 4, 500))
                .withBean(TaxCalculator.class, () -> request -> List.of(new QuoteTax("ICMS",
                        request.lines().stream().map(TaxRequest.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                                .multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_EVEN))))
                .withBean(CrmBuilderCustomizer.class, () -> builder -> customized.add("called"))
                .run(context -> {
                    CrmSession admin = tenant(context.getBean(Crm.class));
                    CreateAccount buyer = anAccount("Taxed buyer");
                    AccountId account = admin.accounts().create(new CreateAccount(buyer.classification(),
                            buyer.details().withCustomer(CustomerProperties.builder().taxable().build()),
                            buyer.responsibles())).account().id();

                    Quote quote = admin.quotes().create(CreateQuote.builder(account).currency(Currency.getInstance("BRL"))
                            .lines(QuoteLineInput.text("Instalação", BigDecimal.ONE, new BigDecimal("100"))).build());

                    assertThat(quote.number()).isEqualTo("ORC-0500");
                    assertThat(quote.revision().totals().taxes()).containsExactly(new QuoteTax("ICMS", new BigDecimal("18.00")));
                    assertThat(quote.revision().totals().total()).isEqualByComparingTo("118.00");
                    assertThat(customized).containsExactly("called");
                });
    }

    @Test
    void givenTheHostsOrderGatewayBean_whenAnAcceptedQuoteIsConverted_thenTheGatewayReceivesTheOrderAfterTheCommit() {
        List<dev.crmkit.order.Order> received = new CopyOnWriteArrayList<>();
        runner.withBean(dev.crmkit.spi.OrderGateway.class, () -> received::add).run(context -> {
            CrmSession admin = tenant(context.getBean(Crm.class));
            AccountId account = admin.accounts().create(anAccount("Ordering buyer")).account().id();
            Quote draft = admin.quotes().create(CreateQuote.builder(account).currency(Currency.getInstance("BRL"))
                    .lines(QuoteLineInput.text("Instalação", BigDecimal.ONE, new BigDecimal("100"))).build());
            Quote sent = admin.quotes().changeStatus(dev.crmkit.quote.ChangeQuoteStatus.of(draft,
                    dev.crmkit.quote.QuoteStatus.SENT));
            Quote accepted = admin.quotes().changeStatus(dev.crmkit.quote.ChangeQuoteStatus.of(sent,
                    dev.crmkit.quote.QuoteStatus.ACCEPTED));

            List<dev.crmkit.order.Order> orders = admin.orders().convert(dev.crmkit.order.ConvertQuote.of(accepted));

            assertThat(received).extracting(o -> o.id()).containsExactly(orders.get(0).id());
        });
    }

    @Test
    void givenMigrationsTurnedOff_whenItStartsOnAnEmptyDatabase_thenTheStoreRefusesTheMissingSchema() {
        runner.withPropertyValues("crmkit.migrations.enabled=false").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("crm_");
        });
    }

    @Test
    void givenTheHostsOwnEventPublisher_whenEventsAreCommitted_thenItGetsThemInsteadOfSpring() {
        List<DomainEvent> own = new CopyOnWriteArrayList<>();
        runner.withBean(EventPublisher.class, () -> own::add).run(context -> {
            tenant(context.getBean(Crm.class)).accounts().create(anAccount("Own publisher"));

            assertThat(own).anyMatch(e -> e instanceof AccountEvent.AccountCreated);
            assertThat(context.getBean(HostBeans.class).heard).isEmpty();
        });
    }

    @Test
    void givenAHostsTransaction_whenItRollsBack_thenNeitherItsRowNorTheAccountNorTheEventSurvive() {
        runner.run(context -> {
            Scene scene = Scene.of(context);

            AccountId created = scene.orderAndAccount(true);

            assertThat(scene.jdbc.queryForObject("select count(*) from host_order", Integer.class)).isZero();
            assertThatThrownBy(() -> scene.admin.accounts().get(created)).isInstanceOf(NotFoundException.class);
            assertThat(scene.crm.relayEvents()).isZero();
            assertThat(scene.host.heard).isEmpty();
        });
    }

    @Test
    void givenAHostsTransaction_whenItCommits_thenTheRowAndTheAccountAreStoredAndTheEventIsPublishedOnceAfterTheCommit() {
        runner.run(context -> {
            Scene scene = Scene.of(context);

            AccountId created = scene.orderAndAccount(false);

            assertThat(scene.heardInside).as("nothing published inside the host's transaction").isZero();
            assertThat(scene.jdbc.queryForObject("select count(*) from host_order", Integer.class)).isOne();
            assertThat(scene.admin.accounts().get(created).id()).isEqualTo(created);
            assertThat(scene.crm.relayEvents()).isZero();
            assertThat(scene.host.heard).filteredOn(e -> e instanceof AccountEvent.AccountCreated c && c.accountId().equals(created))
                    .hasSize(1);
        });
    }

    @Test
    void givenBootsJsonMapper_whenAnAccountIsWritten_thenItIsCrmJsonsJsonAndReadsBack() {
        runner.run(context -> {
            JsonMapper mapper = context.getBean(JsonMapper.class);
            Account account = tenant(context.getBean(Crm.class)).accounts().create(anAccount("Jackson 3")).account();

            String text = mapper.writeValueAsString(account);
            Account back = mapper.readValue(text, Account.class);

            assertThat(text).isEqualTo(new CrmJson().write(account));
            assertThat(new CrmJson().write(back)).isEqualTo(text);
            assertThatThrownBy(() -> mapper.readValue("{\"classification\":\"BOSS\"}", CreateAccount.class))
                    .isInstanceOf(InvalidCommandException.class)
                    .hasMessageContaining("classification");
        });
    }

    @Test
    void givenMicrometer_whenUseCasesRun_thenATimerPerUseCaseAndOutcomeAndTheOutboxGaugesAndHealthAreThere() {
        runner.withUserConfiguration(Meters.class).run(context -> {
            CrmSession admin = tenant(context.getBean(Crm.class));
            admin.accounts().create(anAccount("Observed"));
            assertThatThrownBy(() -> admin.accounts().get(AccountId.newId())).isInstanceOf(NotFoundException.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);

            assertThat(meters.get(MicrometerUseCaseObserver.USE_CASE).tags("use.case", "accounts.create", "outcome", "success")
                    .timer().count()).isEqualTo(1);
            assertThat(meters.get(MicrometerUseCaseObserver.USE_CASE).tags("use.case", "accounts.get", "outcome", "not-found")
                    .timer().count()).isEqualTo(1);
            assertThat(meters.get("crm.outbox.backlog").gauge().value()).isZero();
            Account account = admin.accounts().create(anAccount("Stale")).account();
            admin.accounts().update(new UpdateAccount(account.id(), anAccount("Fresh").details(), account.version()));
            assertThatThrownBy(() -> admin.accounts().update(new UpdateAccount(account.id(), account.details(), account.version())))
                    .isInstanceOf(ConflictException.class);
            assertThat(meters.get(MicrometerUseCaseObserver.CONFLICTS).tags("use.case", "accounts.update").counter().count())
                    .isEqualTo(1);
            context.getBean(Crm.class).agendaRules().run(admin.actor().tenantId(), Instant.now());
            assertThat(meters.get(MicrometerUseCaseObserver.RULE_RUNS).counter().count()).isEqualTo(1);
            Health health = context.getBean(CrmOutboxHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("backlog", "0");
        });
    }

    @Test
    void givenAStuckOutbox_whenHealthIsAsked_thenItIsDownWithTheBacklogAndTheOldestAge() {
        runner.withPropertyValues("crmkit.events.delivery=manual", "crmkit.health.outbox.max-age=0s").run(context -> {
            tenant(context.getBean(Crm.class)).accounts().create(anAccount("Waiting"));
            Thread.sleep(5);

            Health health = context.getBean(CrmOutboxHealthIndicator.class).health(true);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("backlog")).isNotEqualTo("0");
        });
    }

    @Test
    void givenEachKindOfError_thenTheProblemDetailsStatusIsTheIssuesOne() {
        assertThat(CrmProblemDetails.statusOf(new NotFoundException("account", "accountId", "x"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(CrmProblemDetails.statusOf(InvalidCommandException.single("name", "NotBlank"))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(CrmProblemDetails.statusOf(ConflictException.duplicate("account", "taxId", "x", null))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(CrmProblemDetails.statusOf(new RuleViolationException("rule.last-admin", null))).isEqualTo(HttpStatus.valueOf(422));
    }

    @Test
    void givenAnotherSpringBoot_whenTheStarterStarts_thenTheErrorNamesTheVersions() {
        BootVersion.check("4.0.7");
        assertThatThrownBy(() -> BootVersion.check("3.5.7"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Spring Boot 3.5.7 is not supported")
                .hasMessageContaining("4.0.x");
    }

    /** A tenant, the host's own table and Spring's transactions, in a started context. */
    private static final class Scene {

        final Crm crm;
        final CrmSession admin;
        final JdbcTemplate jdbc;
        final HostBeans host;
        final TransactionTemplate transactions;
        int heardInside = -1;

        private Scene(org.springframework.context.ApplicationContext context) {
            crm = context.getBean(Crm.class);
            admin = tenant(crm);
            jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            jdbc.execute("create table host_order (id varchar(64) primary key)");
            host = context.getBean(HostBeans.class);
            host.heard.clear();
            transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        }

        static Scene of(org.springframework.context.ApplicationContext context) {
            return new Scene(context);
        }

        /** The host's row and a CRM account in one of the host's transactions, which commits or rolls back. */
        AccountId orderAndAccount(boolean rollback) {
            AccountId[] created = new AccountId[1];
            transactions.executeWithoutResult(status -> {
                jdbc.update("insert into host_order (id) values ('o-1')");
                created[0] = admin.accounts().create(anAccount("In the host's transaction")).account().id();
                heardInside = host.heard.size();
                if (rollback) {
                    status.setRollbackOnly();
                }
            });
            return created[0];
        }
    }

    private static CrmSession tenant(Crm crm) {
        TenantId tenant = TenantId.of("starter-" + UUID.randomUUID());
        crm.tenants().create(new CreateTenant(tenant, "Starter", ZoneId.of("UTC"), Locale.ENGLISH, "Other", UserId.of("admin"), "Admin"));
        return crm.as(Actor.of(tenant.value(), "admin"));
    }

    private static CreateAccount anAccount(String name) {
        return new CreateAccount(Classification.LEAD, new AccountDetails(PersonKind.LEGAL, name, null, null, null, List.of(),
                List.of(), null, null, Address.ofCity("Campinas", "SP", "BR"), null, null, null, false), Set.of());
    }

    /** A host's own beans: a clock, and a listener of the CRM's events as Spring application events. */
    @Configuration(proxyBeanMethods = false)
    static class HostBeans {

        static final Clock CLOCK = Clock.tick(Clock.system(ZoneOffset.UTC), java.time.Duration.ofMillis(1));
        final List<DomainEvent> heard = new CopyOnWriteArrayList<>();

        @Bean
        Clock clock() {
            return CLOCK;
        }

        @EventListener
        void on(DomainEvent event) {
            heard.add(event);
        }
    }

    /** Micrometer as the actuator sets it up: a registry, and observations that become timers. */
    @Configuration(proxyBeanMethods = false)
    static class Meters {

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ObservationRegistry observationRegistry(SimpleMeterRegistry meters) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
            return registry;
        }

        @Bean
        org.springframework.beans.factory.SmartInitializingSingleton bindOutboxMeters(
                org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.binder.MeterBinder> binders,
                SimpleMeterRegistry meters) {
            return () -> binders.forEach(binder -> binder.bindTo(meters));
        }
    }
}
