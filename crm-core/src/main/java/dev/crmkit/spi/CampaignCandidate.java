package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import dev.crmkit.consent.ConsentChannel;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a campaign's launch needs of an account, without the rest of it.
 *
 * @param accountId the account
 * @param responsibles its responsible users, sorted by id
 * @param customerTypeId its customer type, or {@code null}
 * @param reachableBy the channels it has an address for: {@code EMAIL} with an e-mail address, {@code PHONE} with a
 *     phone or mobile number, {@code VISIT} with a street address
 */
public record CampaignCandidate(AccountId accountId, List<UserId> responsibles, CatalogEntryId customerTypeId,
        Set<ConsentChannel> reachableBy) {

    /** Checks the id and copies the collections. */
    public CampaignCandidate {
        Objects.requireNonNull(accountId, "accountId");
        responsibles = responsibles.stream().sorted(java.util.Comparator.comparing(UserId::value)).toList();
        reachableBy = reachableBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reachableBy));
    }

    /**
     * @param account an account
     * @return what a launch needs of it
     */
    public static CampaignCandidate of(dev.crmkit.account.Account account) {
        var d = account.details();
        return new CampaignCandidate(account.id(), List.copyOf(account.responsibles()),
                d.customer() == null ? null : d.customer().customerTypeId(),
                channels(!d.emails().isEmpty(), !d.phones().isEmpty() || d.mobile() != null,
                        d.address() != null && d.address().street() != null && !d.address().street().isBlank()));
    }

    /**
     * @param email whether there is an e-mail address
     * @param phone whether there is a phone number
     * @param street whether there is a street address
     * @return the channels
     */
    public static Set<ConsentChannel> channels(boolean email, boolean phone, boolean street) {
        Set<ConsentChannel> channels = EnumSet.noneOf(ConsentChannel.class);
        if (email) {
            channels.add(ConsentChannel.EMAIL);
        }
        if (phone) {
            channels.add(ConsentChannel.PHONE);
            channels.add(ConsentChannel.SMS_WHATSAPP);
        }
        if (street) {
            channels.add(ConsentChannel.VISIT);
        }
        return channels;
    }
}
