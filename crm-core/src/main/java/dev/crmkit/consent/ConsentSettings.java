package dev.crmkit.consent;

import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;

/**
 * A tenant's rule of consent: the channels on which a person is reached only after granting consent (opt-in). On
 * the other channels a person is reached unless they withdrew (opt-out). By default e-mail and text messages need
 * explicit consent, as marketing by those channels does under the LGPD and the GDPR with the ePrivacy rules; calls
 * and visits do not.
 *
 * @param explicitChannels the channels that need consent granted first
 */
public record ConsentSettings(@NotNull Set<@NotNull ConsentChannel> explicitChannels) {

    /** The default: e-mail and text messages need explicit consent. */
    public static final ConsentSettings DEFAULT =
            new ConsentSettings(EnumSet.of(ConsentChannel.EMAIL, ConsentChannel.SMS_WHATSAPP));

    /** Copies the channels. */
    public ConsentSettings {
        explicitChannels = explicitChannels == null ? null
                : explicitChannels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(explicitChannels));
    }

    /**
     * @param channel a channel
     * @return whether it needs consent granted first
     */
    public boolean explicit(ConsentChannel channel) {
        return explicitChannels.contains(channel);
    }
}
