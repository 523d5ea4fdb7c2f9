package dev.crmkit.spring;

import dev.crmkit.Crm;
import dev.crmkit.CrmBuilder;
import dev.crmkit.io.CrmJacksonModule;
import dev.crmkit.io.CrmJson;
import dev.crmkit.io.jackson3.CrmJackson3Module;
import dev.crmkit.jpa.HostTransactions;
import dev.crmkit.jpa.JpaCrmStore;
import dev.crmkit.quote.QuoteNumbering;
import dev.crmkit.spi.BalanceSource;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DocumentStore;
import dev.crmkit.spi.EventPublisher;
import dev.crmkit.spi.OrderGateway;
import dev.crmkit.spi.MessageSender;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.UseCaseObserver;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * CRM Kit in a Spring Boot 4.0 host, from the host's {@link DataSource}:
 *
 * <ul>
 *   <li>CRM Kit's migrations at start, in their own history table ({@code crmkit.migrations.enabled});
 *   <li>the {@link JpaCrmStore}, with its own Hibernate on that data source, joining the host's Spring transactions
 *       ({@code crmkit.store.join-host-transactions});
 *   <li>the {@link Crm}, on Boot's {@link Clock} and {@link ValidatorFactory} when there are such beans, handing its
 *       committed events to the host's {@link EventPublisher} bean, or else as Spring application events; the
 *       host's {@link DocumentStore}, {@link BalanceSource}, {@link TaxCalculator}, {@link QuoteNumbering},
 *       {@link OrderGateway} and {@link MessageSender} beans when it has one of a kind; then every
 *       {@link CrmBuilderCustomizer} bean;
 *   <li>the CRM's Jackson modules: Jackson 3's (Boot's {@code JsonMapper}) and Jackson 2's (an {@code ObjectMapper});
 *   <li>with Micrometer: observations of every use case, conflict, retry and rule counters, outbox gauges;
 *   <li>with the actuator: the {@code crmOutbox} health indicator;
 *   <li>opt-in, in a web application: RFC 9457 problem details for CRM Kit's errors.
 * </ul>
 *
 * Every bean backs off when the host defines its own.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"},
        beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JpaCrmStore.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(CrmProperties.class)
public class CrmAutoConfiguration {

    /** Made by Spring Boot. */
    public CrmAutoConfiguration() {}

    /**
     * Finds the host's Spring transaction on the data source.
     *
     * @param dataSource the host's data source
     * @param properties the settings
     * @return the hook the store joins through
     */
    @Bean
    @ConditionalOnMissingBean
    public HostTransactions crmHostTransactions(DataSource dataSource, CrmProperties properties) {
        return properties.getStore().isJoinHostTransactions() ? new SpringHostTransactions(dataSource) : HostTransactions.NONE;
    }

    /**
     * The JPA store on the host's data source, after CRM Kit's migrations.
     *
     * @param dataSource the host's data source
     * @param hostTransactions the hook to the host's transactions
     * @param properties the settings
     * @return the store
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(CrmStore.class)
    public JpaCrmStore crmStore(DataSource dataSource, HostTransactions hostTransactions, CrmProperties properties) {
        BootVersion.check(SpringBootVersion.getVersion());
        if (properties.getMigrations().isEnabled()) {
            JpaCrmStore.migrate(dataSource);
        }
        return JpaCrmStore.fromDataSource(dataSource, hostTransactions);
    }

    /**
     * The entry point.
     *
     * @param crmStore the store
     * @param clock Boot's clock, if the host has one
     * @param validators Boot's validator factory, if the host has one
     * @param publishers the host's own publisher of committed events, if it has one
     * @param springEvents Spring's event publisher, used when the host has none of its own
     * @param observers the observer of use cases (Micrometer's, when the host has Micrometer)
     * @param documents the host's document store, if it has one
     * @param balances the host's source of overdue balances, if it has one
     * @param taxes the host's tax rules, if it has them
     * @param quoteNumbering the host's quote numbering, if it has one
     * @param orderGateways the host's receiver of new orders, if it has one
     * @param messageSenders the host's sender of campaign messages, if it has one
     * @param customizers the host's changes to the builder, applied last
     * @param properties the settings
     * @return the {@code Crm}
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Crm crm(CrmStore crmStore, ObjectProvider<Clock> clock, ObjectProvider<ValidatorFactory> validators,
            ObjectProvider<EventPublisher> publishers, ApplicationEventPublisher springEvents,
            ObjectProvider<UseCaseObserver> observers, ObjectProvider<DocumentStore> documents,
            ObjectProvider<BalanceSource> balances, ObjectProvider<TaxCalculator> taxes,
            ObjectProvider<QuoteNumbering> quoteNumbering, ObjectProvider<OrderGateway> orderGateways,
            ObjectProvider<MessageSender> messageSenders, ObjectProvider<CrmBuilderCustomizer> customizers,
            CrmProperties properties) {
        CrmBuilder builder = Crm.builder()
                .store(crmStore)
                .clock(clock.getIfUnique(Clock::systemUTC))
                .eventPublisher(publishers.getIfUnique(() -> springEvents::publishEvent))
                .eventDelivery(properties.getEvents().getDelivery())
                .observer(observers.getIfUnique(() -> UseCaseObserver.NONE));
        validators.ifUnique(builder::validatorFactory);
        // A port the host has exactly one bean of; with none the Crm keeps its default, with several (and no
        // primary) the host picks one through a CrmBuilderCustomizer.
        documents.ifUnique(builder::documentStore);
        balances.ifUnique(builder::balanceSource);
        taxes.ifUnique(builder::taxCalculator);
        quoteNumbering.ifUnique(builder::quoteNumbering);
        orderGateways.ifUnique(builder::orderGateway);
        messageSenders.ifUnique(builder::messageSender);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * The CRM's Jackson 2 module, for a host's Jackson 2 {@code ObjectMapper}.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public CrmJacksonModule crmJackson2Module() {
        return new CrmJacksonModule();
    }

    /** The CRM's values in Boot's Jackson 3 {@code JsonMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class Jackson3 {

        /**
         * The module Boot's {@code JsonMapper} picks up; bad input in a request body is reported in the request's
         * locale.
         *
         * @return the module
         */
        @Bean
        @ConditionalOnMissingBean
        CrmJackson3Module crmJackson3Module() {
            return new CrmJackson3Module(new CrmJson(), LocaleContextHolder::getLocale);
        }
    }

    /** Micrometer: observations of use cases, counters, outbox gauges. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.observation.ObservationRegistry", "io.micrometer.core.instrument.MeterRegistry"})
    @ConditionalOnBooleanProperty(name = "crmkit.observations.enabled", matchIfMissing = true)
    static class Micrometer {

        @Bean
        @ConditionalOnMissingBean
        UseCaseObserver crmUseCaseObserver(ObjectProvider<ObservationRegistry> observations, ObjectProvider<MeterRegistry> meters) {
            return new MicrometerUseCaseObserver(observations.getIfUnique(() -> ObservationRegistry.NOOP), meters.getIfUnique());
        }

        @Bean
        MeterBinder crmOutboxMeters(CrmStore crmStore, ObjectProvider<Clock> clock) {
            OutboxProbe probe = new OutboxProbe(crmStore, clock.getIfUnique(Clock::systemUTC));
            return registry -> {
                Gauge.builder("crm.outbox.backlog", probe, p -> p.status().backlog())
                        .description("Committed events waiting to be relayed, parked ones included")
                        .register(registry);
                Gauge.builder("crm.outbox.parked", probe, p -> p.status().parked())
                        .description("Parked events: no more automatic attempts, the host must retry or discard them")
                        .register(registry);
                Gauge.builder("crm.outbox.oldest.age", probe, p -> p.status().oldestAge().toMillis() / 1000.0)
                        .description("How long the oldest waiting event has waited")
                        .baseUnit("seconds")
                        .register(registry);
            };
        }
    }

    /** The actuator's health of the outbox. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
    static class Health {

        @Bean
        @ConditionalOnMissingBean(name = "crmOutboxHealthIndicator")
        CrmOutboxHealthIndicator crmOutboxHealthIndicator(CrmStore crmStore, ObjectProvider<Clock> clock, CrmProperties properties) {
            return new CrmOutboxHealthIndicator(new OutboxProbe(crmStore, clock.getIfUnique(Clock::systemUTC)),
                    properties.getHealth().getOutbox().getMaxAge());
        }
    }

    /** RFC 9457 problem details for CRM Kit's errors, when the host turns them on. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.bind.annotation.RestControllerAdvice")
    @ConditionalOnBooleanProperty(name = "crmkit.web.problem-details.enabled")
    static class ProblemDetails {

        @Bean
        @ConditionalOnMissingBean
        CrmProblemDetails crmProblemDetails() {
            return new CrmProblemDetails();
        }
    }
}
