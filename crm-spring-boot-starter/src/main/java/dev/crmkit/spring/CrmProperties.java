package dev.crmkit.spring;

import dev.crmkit.event.EventDelivery;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * CRM Kit's settings in a Spring Boot host, under {@code crmkit.*}.
 *
 * <pre>
 * crmkit.migrations.enabled=true                  # CRM Kit's own Flyway migrations at start
 * crmkit.store.join-host-transactions=true        # a call inside the host's @Transactional joins it
 * crmkit.events.delivery=after-commit             # or manual: the host calls crm.relayEvents()
 * crmkit.web.problem-details.enabled=false        # CrmException as RFC 9457 problem details
 * crmkit.observations.enabled=true                # Micrometer observations of every use case
 * crmkit.health.outbox.max-age=10m                # the outbox health is DOWN past this age
 * </pre>
 */
@ConfigurationProperties(prefix = "crmkit")
public class CrmProperties {

    private final Migrations migrations = new Migrations();
    private final Store store = new Store();
    private final Events events = new Events();
    private final Web web = new Web();
    private final Observations observations = new Observations();
    private final Health health = new Health();

    /** @return the migration settings */
    public Migrations getMigrations() {
        return migrations;
    }

    /** @return the store settings */
    public Store getStore() {
        return store;
    }

    /** @return the event settings */
    public Events getEvents() {
        return events;
    }

    /** @return the web settings */
    public Web getWeb() {
        return web;
    }

    /** @return the observation settings */
    public Observations getObservations() {
        return observations;
    }

    /** @return the health settings */
    public Health getHealth() {
        return health;
    }

    /** CRM Kit's Flyway migrations. */
    public static class Migrations {

        /** Whether CRM Kit's own migrations run when the application starts (in their own history table). */
        private boolean enabled = true;

        /** @return whether the migrations run at start */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the migrations run at start */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** The JPA store on the host's data source. */
    public static class Store {

        /**
         * Whether a CRM call made inside the host's transaction on the same data source joins it (its writes and
         * events commit or roll back with the host's); otherwise every call runs its own transaction.
         */
        private boolean joinHostTransactions = true;

        /** @return whether calls join the host's transaction */
        public boolean isJoinHostTransactions() {
            return joinHostTransactions;
        }

        /** @param joinHostTransactions whether calls join the host's transaction */
        public void setJoinHostTransactions(boolean joinHostTransactions) {
            this.joinHostTransactions = joinHostTransactions;
        }
    }

    /** Committed events. */
    public static class Events {

        /** When committed events are handed over: right after each commit, or when the host calls relayEvents(). */
        private EventDelivery delivery = EventDelivery.AFTER_COMMIT;

        /** @return when events are handed over */
        public EventDelivery getDelivery() {
            return delivery;
        }

        /** @param delivery when events are handed over */
        public void setDelivery(EventDelivery delivery) {
            this.delivery = delivery;
        }
    }

    /** The web layer. */
    public static class Web {

        private final ProblemDetails problemDetails = new ProblemDetails();

        /** @return the problem details settings */
        public ProblemDetails getProblemDetails() {
            return problemDetails;
        }
    }

    /** RFC 9457 problem details for CRM Kit's errors. */
    public static class ProblemDetails {

        /**
         * Whether a CrmException a controller lets through becomes a problem detail (404, 403, 400 with the
         * violations, 409, 422), in the request's locale.
         */
        private boolean enabled = false;

        /** @return whether the mapping is on */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the mapping is on */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** Micrometer observations. */
    public static class Observations {

        /** Whether every use-case call is observed (a timer per use case and outcome, conflict and retry counters). */
        private boolean enabled = true;

        /** @return whether use cases are observed */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether use cases are observed */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** Actuator health. */
    public static class Health {

        private final Outbox outbox = new Outbox();

        /** @return the outbox health settings */
        public Outbox getOutbox() {
            return outbox;
        }
    }

    /** The outbox health indicator. */
    public static class Outbox {

        /** The age of the oldest unpublished event past which the outbox is reported DOWN. */
        private Duration maxAge = Duration.ofMinutes(10);

        /** @return the age past which the outbox is down */
        public Duration getMaxAge() {
            return maxAge;
        }

        /** @param maxAge the age past which the outbox is down */
        public void setMaxAge(Duration maxAge) {
            this.maxAge = maxAge;
        }
    }
}
