package dev.crmkit.consent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records a consent decision a user learned of (a signed form, a call, an e-mail from the person).
 *
 * @param subject the account or one of its contacts
 * @param channel the channel
 * @param state granted or withdrawn
 * @param source where the decision came from, kept as its evidence (1 to 200 characters)
 */
public record RecordConsent(@NotNull @Valid ConsentSubject subject, @NotNull ConsentChannel channel,
        @NotNull ConsentState state, @NotBlank @Size(max = 200) String source) {

    /**
     * The person agreed to be reached on a channel.
     *
     * @param subject the account or contact
     * @param channel the channel
     * @param source where the agreement came from
     * @return the command
     */
    public static RecordConsent grant(ConsentSubject subject, ConsentChannel channel, String source) {
        return new RecordConsent(subject, channel, ConsentState.GRANTED, source);
    }

    /**
     * The person asked not to be reached on a channel.
     *
     * @param subject the account or contact
     * @param channel the channel
     * @param source where the request came from
     * @return the command
     */
    public static RecordConsent withdraw(ConsentSubject subject, ConsentChannel channel, String source) {
        return new RecordConsent(subject, channel, ConsentState.WITHDRAWN, source);
    }
}
