package dev.crmkit.spi;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.campaign.Attribution;
import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignMember;
import dev.crmkit.campaign.MemberCounts;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CampaignId;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The campaigns of the unit of work's tenant, their members and their history. A campaign's name key
 * ({@link Campaign#nameKey()}) is unique in the tenant.
 */
public interface CampaignRepository {

    /**
     * @param campaign a new campaign
     */
    void insert(Campaign campaign);

    /**
     * Stores a change.
     *
     * @param campaign the campaign, one version after {@code expected}
     * @param expected the version it was read at; another stored raises {@code ConflictException.staleVersion}
     */
    void update(Campaign campaign, Version expected);

    /**
     * @param id a campaign
     * @return the campaign, if the tenant has it
     */
    Optional<Campaign> findById(CampaignId id);

    /**
     * @param nameKey a {@link Campaign#nameKey()}
     * @return the campaign holding it, if any
     */
    Optional<Campaign> findByNameKey(String nameKey);

    /** @return every campaign of the tenant, in no particular order */
    List<Campaign> findAll();

    /**
     * What a launch needs of every account a query admits (a database reads them in one statement, without the
     * accounts' other parts).
     *
     * @param criteria the filters and access predicate (the order is the account id's)
     * @return the accounts, by id
     */
    List<CampaignCandidate> candidates(AccountCriteria criteria);

    /**
     * What a launch needs of some accounts.
     *
     * @param ids the accounts
     * @return those the tenant has, in no particular order
     */
    List<CampaignCandidate> candidates(Collection<AccountId> ids);

    /**
     * Stores a launch's members, all at once (a database writes them in batches).
     *
     * @param members new members
     */
    void insertMembers(List<CampaignMember> members);

    /**
     * Stores a member's change.
     *
     * @param member the member, one version after {@code expected}
     * @param expected the version it was read at
     */
    void updateMember(CampaignMember member, Version expected);

    /**
     * @param id a member
     * @return the member, if the tenant has it
     */
    Optional<CampaignMember> findMember(CampaignMemberId id);

    /**
     * A page of a campaign's members whose accounts an access predicate admits, by id.
     *
     * @param campaignId the campaign
     * @param access the reader's access predicate
     * @param after the previous page's last member, or {@code null}
     * @param limit the most members
     * @return the members, by id
     */
    List<CampaignMember> members(CampaignId campaignId, AccountAccess access, CampaignMemberId after, int limit);

    /**
     * How many members of a campaign, whose accounts an access predicate admits, stand in each status.
     *
     * @param campaignId the campaign
     * @param access the reader's access predicate
     * @return the counts
     */
    MemberCounts count(CampaignId campaignId, AccountAccess access);

    /**
     * What a campaign's members brought: the cards, quotes and orders of the accounts of its members that were not
     * skipped (each account once, whose account the access predicate admits), created from {@code from} (included)
     * to {@code to} (excluded), and the orders' subtotals by currency.
     *
     * @param campaignId the campaign
     * @param access the reader's access predicate
     * @param from the launch
     * @param to the end of the campaign's last day
     * @return the attribution, with the members converted
     */
    Attributed attribution(CampaignId campaignId, AccountAccess access, Instant from, Instant to);

    /**
     * Appends to a campaign's history.
     *
     * @param record the event and the actor's name
     */
    void appendHistory(CampaignHistoryRecord record);

    /**
     * @param campaignId a campaign
     * @return its history, oldest first
     */
    List<CampaignHistoryRecord> history(CampaignId campaignId);

    /**
     * Removes an account's members from every campaign, with the account.
     *
     * @param accountId the account
     */
    void deleteAccount(AccountId accountId);

    /**
     * What a campaign's members brought, and how many of them converted.
     *
     * @param attribution the counts and the revenue
     * @param convertedMembers the members reached ({@link dev.crmkit.campaign.MemberStatus#reached()}) that are
     *     {@code CONVERTED} or whose account has an attributed order
     */
    record Attributed(Attribution attribution, long convertedMembers) {}
}
