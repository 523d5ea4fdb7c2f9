package dev.crmkit.consent;

/**
 * The opt-out a message's recipient reaches without signing in: the host calls it, with no acting user, when the
 * recipient follows the unsubscribe link of a message that carried a token ({@link Consents#optOutToken}).
 */
public interface OptOuts {

    /**
     * Records the withdrawal a token stands for, with the source "opt-out link" and its time, and raises its event;
     * following the link again changes nothing and answers the withdrawal in force. A token that was never issued,
     * was changed, or whose account was deleted since is refused as invalid input naming {@code token}.
     *
     * @param token the token the message carried
     * @return the withdrawal in force
     */
    Consent optOut(String token);
}
