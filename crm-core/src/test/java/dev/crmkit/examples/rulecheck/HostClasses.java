package dev.crmkit.examples.rulecheck;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountWiring;
import dev.crmkit.account.Accounts;
import dev.crmkit.account.LeakyAccount;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.Changed;
import dev.crmkit.internal.Session;
import dev.crmkit.pipeline.Card;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.StoredRecords;
import java.time.Instant;

/** Host classes for {@code CrmArchitectureRulesTest}: one that keeps to the API, and one per way around it. */
final class HostClasses {

    private HostClasses() {}

    /** Keeps to the entry point and the use cases. */
    static final class GoodHost {
        Account read(Crm crm, AccountId id) {
            return crm.as(Actor.of("acme", "ana")).accounts().get(id);
        }
    }

    /** Builds a service from the internal machinery. */
    static final class WiringHost {
        Accounts accounts(Session session) {
            return AccountWiring.accounts(session);
        }
    }

    /**
     * Applies a state transition that stores nothing. The library's own transitions are package-private, so a host
     * cannot even compile this against them; the fixture aggregate shows that the rule would still catch it.
     */
    static final class TransitionHost {
        Object update(LeakyAccount account) {
            return account.rename("Acme", Instant.EPOCH).value();
        }
    }

    /** Keeps a state transition's result. */
    static final class ChangedHost {
        Changed<Account> kept;
    }

    /** Makes an aggregate as only an adapter may (with the fixture aggregate, as the library's factories are not public). */
    static final class ReconstituteHost {
        LeakyAccount make() {
            return LeakyAccount.reconstitute("Acme");
        }
    }

    /** Rebuilds an aggregate as only an adapter may, through the adapters' registry. */
    static final class StoredRecordsHost {
        Card make() {
            return StoredRecords.card().build();
        }
    }

    /** Writes through a repository, past every check. */
    static final class RepositoryHost {
        void delete(AccountRepository accounts, Account account) {
            accounts.delete(account);
        }
    }
}
