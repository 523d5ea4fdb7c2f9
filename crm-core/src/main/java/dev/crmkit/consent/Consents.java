package dev.crmkit.consent;

import dev.crmkit.common.AccountId;
import java.util.List;

/**
 * Consent to be reached, per account or contact and channel: recorded with its source and time, kept as evidence,
 * checked before a campaign reaches anyone. Everything follows the actor's account scope.
 *
 * <p>How a check decides, for a contact of an account: a withdrawal (the contact's own, or the account's for all its
 * contacts) wins; else a grant (the contact's, or the account's) allows; else the channel decides: one that needs
 * explicit consent ({@link ConsentSettings}) is refused, the others are allowed. Only the latest decision of each
 * subject and channel counts.
 */
public interface Consents {

    /**
     * Records a decision: the person's consent as a user learned it.
     *
     * @param command the decision
     * @return the decision recorded
     */
    Consent record(RecordConsent command);

    /**
     * The decisions that count now for an account and each of its contacts: the latest per subject and channel,
     * the account's first, then by contact and channel.
     *
     * @param accountId the account
     * @return the current decisions
     */
    List<Consent> current(AccountId accountId);

    /**
     * Every decision recorded for an account and its contacts, newest first: the evidence.
     *
     * @param accountId the account
     * @return the decisions
     */
    List<Consent> history(AccountId accountId);

    /**
     * Whether a person may be reached on a channel now.
     *
     * @param subject the account or contact
     * @param channel the channel
     * @return the answer and its reason
     */
    ContactPermission check(ConsentSubject subject, ConsentChannel channel);

    /**
     * A token for a message to carry, with which the recipient opts out of the channel without signing in (the host
     * puts it in the message's unsubscribe link and hands it to {@code Crm.optOuts()} when it is followed). The token
     * names the tenant and is kept only as a hash; it stays good as long as the account exists.
     *
     * @param subject the recipient
     * @param channel the channel the message goes by
     * @return the token
     */
    String optOutToken(ConsentSubject subject, ConsentChannel channel);

    /** @return the tenant's rule of consent */
    ConsentSettings settings();

    /**
     * Changes the tenant's rule of consent (administrators only).
     *
     * @param settings the new rule
     * @return the rule now in force
     */
    ConsentSettings updateSettings(ConsentSettings settings);
}
