package dev.crmkit.event;

import dev.crmkit.account.Classification;
import dev.crmkit.account.InterestKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.UserId;
import java.util.List;
import java.util.Set;

/** Events of an account. */
public sealed interface AccountEvent extends DomainEvent, TimelineEvent {

    /** @return the account */
    AccountId accountId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("account", accountId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(accountId());
    }

    /**
     * An account was created.
     *
     * @param meta the metadata
     * @param accountId the account
     * @param legalName its legal name
     * @param classification its classification
     * @param responsibles its responsibles
     */
    record AccountCreated(
            EventMeta meta, AccountId accountId, String legalName, Classification classification, Set<UserId> responsibles)
            implements AccountEvent {

        /** Copies the responsibles. */
        public AccountCreated {
            responsibles = Set.copyOf(responsibles);
        }
    }

    /**
     * An account's details changed.
     *
     * @param meta the metadata
     * @param accountId the account
     * @param changes the changed fields, by path ({@code "address.city"})
     */
    record AccountUpdated(EventMeta meta, AccountId accountId, List<FieldChange> changes) implements AccountEvent {

        /** Copies the changes. */
        public AccountUpdated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * An account's classification changed; who and when are in the metadata.
     *
     * @param meta the metadata
     * @param accountId the account
     * @param from the classification before
     * @param to the classification after
     */
    record AccountClassified(EventMeta meta, AccountId accountId, Classification from, Classification to)
            implements AccountEvent {}

    /**
     * An account's responsibles changed.
     *
     * @param meta the metadata
     * @param accountId the account
     * @param added the users who became responsibles
     * @param removed the users who stopped being responsibles
     */
    record ResponsiblesChanged(EventMeta meta, AccountId accountId, Set<UserId> added, Set<UserId> removed)
            implements AccountEvent {

        /** Copies the sets. */
        public ResponsiblesChanged {
            added = Set.copyOf(added);
            removed = Set.copyOf(removed);
        }
    }

    /**
     * A characteristic value was set, changed or cleared.
     *
     * @param meta the metadata
     * @param accountId the account
     * @param characteristicTypeId the characteristic type
     * @param oldValue the value before, or {@code null}
     * @param newValue the value after, or {@code null} when cleared
     */
    record CharacteristicChanged(
            EventMeta meta, AccountId accountId, CatalogEntryId characteristicTypeId, String oldValue, String newValue)
            implements AccountEvent {}

    /**
     * An interest or disinterest was marked, changed or cleared.
     *
     * @param meta the metadata
     * @param accountId the account
     * @param areaId the interest area
     * @param kind the mark after, or {@code null} when cleared
     * @param note the note after, or {@code null}
     */
    record InterestChanged(EventMeta meta, AccountId accountId, CatalogEntryId areaId, InterestKind kind, String note)
            implements AccountEvent {}

    /**
     * An account was deleted with everything attached to it.
     *
     * @param meta the metadata
     * @param accountId the account
     * @param legalName the legal name it had
     */
    record AccountDeleted(EventMeta meta, AccountId accountId, String legalName) implements AccountEvent {}
}
