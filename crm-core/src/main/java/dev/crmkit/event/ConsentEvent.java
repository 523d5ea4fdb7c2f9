package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.consent.ConsentChannel;
import dev.crmkit.consent.ConsentState;
import java.util.List;
import java.util.Set;

/** Events of consent to be reached. */
public sealed interface ConsentEvent extends DomainEvent {

    /**
     * A consent decision was recorded, by a user or through an opt-out link (then the metadata names no actor).
     *
     * @param meta the metadata
     * @param accountId the account
     * @param contactId its contact, or {@code null} for the account itself
     * @param channel the channel
     * @param state granted or withdrawn
     * @param source where the decision came from
     */
    record ConsentRecorded(EventMeta meta, AccountId accountId, ContactId contactId, ConsentChannel channel,
            ConsentState state, String source) implements ConsentEvent, TimelineEvent {

        @Override
        public AggregateRef aggregate() {
            return new AggregateRef("consent", accountId.toString());
        }

        @Override
        public Set<AccountId> timelineAccounts() {
            return Set.of(accountId);
        }
    }

    /**
     * The tenant's rule of consent changed.
     *
     * @param meta the metadata
     * @param changes the changed settings ({@code explicitChannels})
     */
    record ConsentSettingsChanged(EventMeta meta, List<FieldChange> changes) implements ConsentEvent {

        /** Copies the changes. */
        public ConsentSettingsChanged {
            changes = List.copyOf(changes);
        }

        @Override
        public AggregateRef aggregate() {
            return new AggregateRef("consent-settings", meta.tenantId().value());
        }
    }
}
