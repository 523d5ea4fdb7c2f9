package dev.crmkit.pipeline;

import com.google.common.collect.ImmutableSortedSet;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A card as a board shows it: what the card face needs, without comment texts or attachments.
 *
 * <p>A card's prospect may lie outside the reader's access scope (a pipeline's users need not see every account its
 * cards link): the summary then keeps the prospect's id, which any call answers as it answers an unknown id, and
 * leaves out its name ({@code accountName} is {@code null} and {@code accountHidden} {@code true}); its creation date
 * stays, as the board's prospect-date filter and order use it. Adapters fill in every name; the library takes out those
 * the reader may not see.
 *
 * @param id the card
 * @param stageId its stage
 * @param position its position key in the stage
 * @param name its name
 * @param labels its labels
 * @param members its members
 * @param salespersonId its salesperson, or {@code null}
 * @param value its expected value, or {@code null}
 * @param expectedCloseDate its expected close date, or {@code null}
 * @param accountId its prospect, or {@code null}
 * @param accountName its prospect's legal name; {@code null} without a prospect, or with one the reader may not see
 * @param accountHidden whether the card has a prospect the reader may not see, whose name is left out
 * @param prospectCreatedAt when its prospect was created (its own creation without one)
 * @param archived whether archived
 * @param lost whether lost
 * @param convertedToCustomer whether converted to a customer
 * @param convertedToService whether converted to a customer service
 * @param stagnant whether stagnant at the instant the board was read
 * @param openTasks how many pending agenda entries are linked to it
 * @param comments how many comments it has
 * @param attachments how many attachments it has
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version its version, for the next command on it
 */
public record CardSummary(
        CardId id,
        StageId stageId,
        String position,
        String name,
        Set<LabelId> labels,
        Set<UserId> members,
        UserId salespersonId,
        Money value,
        LocalDate expectedCloseDate,
        AccountId accountId,
        String accountName,
        boolean accountHidden,
        Instant prospectCreatedAt,
        boolean archived,
        boolean lost,
        boolean convertedToCustomer,
        boolean convertedToService,
        boolean stagnant,
        long openTasks,
        int comments,
        int attachments,
        Instant createdAt,
        Instant updatedAt,
        Version version) {

    /** Copies the sets, unless they are a card's own immutable ones; a hidden prospect has no name. */
    public CardSummary {
        labels = immutable(labels);
        members = immutable(members);
        accountName = accountHidden ? null : accountName;
    }

    /**
     * A summary whose prospect, if any, the reader may see: what an adapter builds.
     *
     * @param id the card
     * @param stageId its stage
     * @param position its position key in the stage
     * @param name its name
     * @param labels its labels
     * @param members its members
     * @param salespersonId its salesperson, or {@code null}
     * @param value its expected value, or {@code null}
     * @param expectedCloseDate its expected close date, or {@code null}
     * @param accountId its prospect, or {@code null}
     * @param accountName its prospect's legal name, or {@code null}
     * @param prospectCreatedAt when its prospect was created (its own creation without one)
     * @param archived whether archived
     * @param lost whether lost
     * @param convertedToCustomer whether converted to a customer
     * @param convertedToService whether converted to a customer service
     * @param stagnant whether stagnant at the instant the board was read
     * @param openTasks how many pending agenda entries are linked to it
     * @param comments how many comments it has
     * @param attachments how many attachments it has
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version its version, for the next command on it
     */
    public CardSummary(CardId id, StageId stageId, String position, String name, Set<LabelId> labels, Set<UserId> members,
            UserId salespersonId, Money value, LocalDate expectedCloseDate, AccountId accountId, String accountName,
            Instant prospectCreatedAt, boolean archived, boolean lost, boolean convertedToCustomer, boolean convertedToService,
            boolean stagnant, long openTasks, int comments, int attachments, Instant createdAt, Instant updatedAt, Version version) {
        this(id, stageId, position, name, labels, members, salespersonId, value, expectedCloseDate, accountId, accountName, false,
                prospectCreatedAt, archived, lost, convertedToCustomer, convertedToService, stagnant, openTasks, comments,
                attachments, createdAt, updatedAt, version);
    }

    private static <T> Set<T> immutable(Set<T> set) {
        // A card's sets are Guava's immutable sorted sets: kept as they are, a board summarizing thousands of cards
        // allocates nothing for them.
        return set instanceof ImmutableSortedSet<T> sorted ? sorted : Set.copyOf(set);
    }

    /**
     * The summary of a whole card, for adapters that load whole cards.
     *
     * @param card the card
     * @param accountName its prospect's legal name, or {@code null}
     * @param prospectCreatedAt when its prospect was created, or {@code null} without one (the card's creation is used)
     * @param stagnant whether it is stagnant now
     * @param openTasks how many pending agenda entries are linked to it
     * @return the summary
     */
    public static CardSummary of(Card card, String accountName, Instant prospectCreatedAt, boolean stagnant, long openTasks) {
        return new CardSummary(card.id(), card.stageId(), card.position(), card.name(), card.labels(), card.members(),
                card.salespersonId().orElse(null), card.value().orElse(null), card.expectedCloseDate().orElse(null),
                card.accountId().orElse(null), accountName, false, prospectCreatedAt == null ? card.createdAt() : prospectCreatedAt,
                card.archived(), card.lostAt().isPresent(), card.convertedToCustomerAt().isPresent(),
                card.convertedToServiceAt().isPresent(), stagnant, openTasks, card.comments().size(), card.attachments().size(),
                card.createdAt(), card.updatedAt(), card.version());
    }

    /**
     * The same summary with stagnation judged again.
     *
     * @param isStagnant whether the card is stagnant
     * @return the summary
     */
    public CardSummary withStagnant(boolean isStagnant) {
        return new CardSummary(id, stageId, position, name, labels, members, salespersonId, value, expectedCloseDate, accountId,
                accountName, accountHidden, prospectCreatedAt, archived, lost, convertedToCustomer, convertedToService, isStagnant,
                openTasks, comments, attachments, createdAt, updatedAt, version);
    }

    /**
     * The same summary for a reader who may not see its prospect: the name left out.
     *
     * @return the summary, {@link #accountHidden()}
     */
    public CardSummary withAccountHidden() {
        return new CardSummary(id, stageId, position, name, labels, members, salespersonId, value, expectedCloseDate, accountId,
                null, true, prospectCreatedAt, archived, lost, convertedToCustomer, convertedToService, stagnant, openTasks,
                comments, attachments, createdAt, updatedAt, version);
    }

    /** @return whether the card is neither archived, lost nor converted */
    public boolean open() {
        return !archived && !lost && !convertedToCustomer && !convertedToService;
    }
}
