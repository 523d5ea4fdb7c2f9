package dev.crmkit.internal;

import dev.crmkit.account.Account;
import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignMember;
import dev.crmkit.campaign.CampaignMessage;
import dev.crmkit.campaign.CampaignStatus;
import dev.crmkit.campaign.MemberStatus;
import dev.crmkit.contact.Contact;
import dev.crmkit.event.CampaignEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.EventPublisher;
import dev.crmkit.spi.MessageSender;
import dev.crmkit.spi.TransactionMode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event relay's publisher when the host has a message sender: a {@link CampaignEvent.CampaignMessageQueued} first
 * hands its member's message, read from the store as it is now, to the sender, then goes to the host's publisher as
 * any event. When the sender throws, so does this publisher: the event stays in the outbox and the message is offered
 * again. A member no longer waiting for its message (reported since, its campaign cancelled, or its account deleted)
 * is not sent.
 */
public final class MessageHandOver implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(MessageHandOver.class);

    private final CrmStore store;
    private final MessageSender sender;
    private final EventPublisher publisher;

    private MessageHandOver(CrmStore store, MessageSender sender, EventPublisher publisher) {
        this.store = store;
        this.sender = sender;
        this.publisher = publisher;
    }

    /**
     * The publisher the event relay hands events to: the host's own, behind the hand-over of each campaign message to
     * the host's sender. Without a sender ({@link MessageSender#NONE}) it is the host's publisher itself.
     *
     * @param store the store the members are read from at their delivery
     * @param sender the host's message sender
     * @param publisher the host's event publisher
     * @return the publisher for the relay
     */
    public static EventPublisher around(CrmStore store, MessageSender sender, EventPublisher publisher) {
        return sender == MessageSender.NONE ? publisher : new MessageHandOver(store, sender, publisher);
    }

    /**
     * Hands a queued campaign message to the sender, then the event to the host's publisher; throws when either throws.
     *
     * @param event the event
     */
    @Override
    public void publish(DomainEvent event) {
        if (event instanceof CampaignEvent.CampaignMessageQueued queued) {
            Optional<CampaignMessage> message = store.inTransaction(queued.meta().tenantId(), TransactionMode.READ_ONLY,
                    uow -> {
                        CampaignMember member = uow.campaigns().findMember(queued.memberId()).orElse(null);
                        Campaign campaign = uow.campaigns().findById(queued.campaignId()).orElse(null);
                        Account account = uow.accounts().findById(queued.accountId()).orElse(null);
                        if (member == null || campaign == null || account == null
                                || member.status() != MemberStatus.TARGETED || campaign.status() == CampaignStatus.CANCELLED) {
                            return Optional.<CampaignMessage>empty();
                        }
                        if (member.contactId() != null) {
                            Contact contact = uow.contacts().findById(member.contactId()).orElse(null);
                            return contact == null ? Optional.<CampaignMessage>empty()
                                    : Optional.of(new CampaignMessage(campaign, member, contact.details().name(),
                                            contact.details().emails()));
                        }
                        return Optional.of(new CampaignMessage(campaign, member, account.details().legalName(),
                                account.details().emails()));
                    });
            if (message.isPresent()) {
                sender.send(message.get());
            } else {
                LOG.debug("Campaign member {} of tenant {} no longer waits for its message; it is not sent",
                        queued.memberId(), queued.meta().tenantId());
            }
        }
        publisher.publish(event);
    }
}
