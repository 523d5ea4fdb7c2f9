package dev.crmkit.account;

import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Who accepted a {@link TaxIdWarning} about an account's tax id, and when. It belongs to the number it was given for:
 * an account whose tax id changes loses it.
 *
 * @param warning the warning accepted
 * @param acceptedBy the user whose command accepted it
 * @param acceptedAt when
 */
public record TaxIdAcceptance(TaxIdWarning warning, UserId acceptedBy, Instant acceptedAt) {

    /** Checks every part is present. */
    public TaxIdAcceptance {
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
