package dev.crmkit.spi;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cards of a unit of work's tenant. An account has at most one open card per pipeline: an insert or update
 * that would break it raises {@code ConflictException.duplicate} naming {@code accountId}.
 */
public interface CardRepository {

    /**
     * @param id the card
     * @return the card, whole, if the tenant has it
     */
    Optional<Card> findById(CardId id);

    /**
     * @param accountId an account
     * @return the cards linked to it, in every pipeline, in no particular order
     */
    List<Card> findByAccount(AccountId accountId);

    /**
     * @param pipelineId a pipeline
     * @param accountId an account
     * @return the account's open card in the pipeline, if any
     */
    Optional<Card> findOpenByAccount(PipelineId pipelineId, AccountId accountId);

    /**
     * Which of some accounts have an open card in a pipeline: a bulk import checks all its rows at once. The default
     * asks {@link #findOpenByAccount} once per account; a database adapter answers with one statement.
     *
     * @param pipelineId a pipeline
     * @param accountIds accounts
     * @return those with an open card in the pipeline, with that card's name
     */
    default java.util.Map<AccountId, String> openCardsOf(PipelineId pipelineId, java.util.Collection<AccountId> accountIds) {
        java.util.Map<AccountId, String> open = new java.util.HashMap<>();
        for (AccountId accountId : accountIds) {
            findOpenByAccount(pipelineId, accountId).ifPresent(card -> open.put(accountId, card.name()));
        }
        return open;
    }

    /**
     * @param pipelineId a pipeline
     * @param stageId one of its stages
     * @return the stage's cards, in position order
     */
    List<Card> findByStage(PipelineId pipelineId, StageId stageId);

    /**
     * @param pipelineId a pipeline
     * @param labelId one of its labels
     * @return the cards with the label, in no particular order
     */
    List<Card> findByLabel(PipelineId pipelineId, LabelId labelId);

    /**
     * @param pipelineId a pipeline
     * @return whether it has any card
     */
    boolean existsInPipeline(PipelineId pipelineId);

    /**
     * The position keys around a place in a stage.
     *
     * @param pipelineId the pipeline
     * @param stageId the stage
     * @param after the key the place follows, or {@code null} for the top of the stage
     * @return the first key after {@code after} (the stage's first key when it is {@code null}), if any
     */
    Optional<String> nextPosition(PipelineId pipelineId, StageId stageId, String after);

    /**
     * @param pipelineId the pipeline
     * @param stageId the stage
     * @return the stage's last position key, if it has cards
     */
    Optional<String> lastPosition(PipelineId pipelineId, StageId stageId);

    /**
     * The first page of every stage of a board, and every stage's totals.
     *
     * @param criteria the board's filters
     * @param limit the page size of each stage
     * @return the pages and totals of the stages that have matching cards
     */
    BoardSlice board(BoardCriteria criteria, int limit);

    /**
     * The next page of one stage.
     *
     * @param criteria the board's filters
     * @param stageId the stage
     * @param after the previous page's last position
     * @param limit the page size
     * @return the cards, in order
     */
    List<CardSummary> findInStage(BoardCriteria criteria, StageId stageId, BoardCriteria.CardPosition after, int limit);

    /**
     * The cards of some accounts, as summaries (for account profiles); the core judges their stagnation itself.
     *
     * @param accountIds the accounts
     * @param pipelines the pipelines whose cards may be returned
     * @return the cards, in no particular order
     */
    List<CardSummary> summariesOfAccounts(Collection<AccountId> accountIds, Collection<PipelineId> pipelines);

    /**
     * @param card a new card at {@code Version.UNSAVED}
     * @return the card at {@code Version.FIRST}
     */
    Card insert(Card card);

    /**
     * Inserts many new cards at once (an import). The default inserts them one by one; a store may write each table
     * in one batch.
     *
     * @param cards new cards at {@code Version.UNSAVED}
     * @return the cards at {@code Version.FIRST}, in the same order
     */
    default List<Card> insertAll(List<Card> cards) {
        List<Card> stored = new java.util.ArrayList<>(cards.size());
        for (Card card : cards) {
            stored.add(insert(card));
        }
        return stored;
    }

    /**
     * @param card the card, at the version it was loaded with
     * @return the card at the next version
     */
    Card update(Card card);

    /**
     * @param card the card, at the version it was loaded with
     */
    void delete(Card card);

    /**
     * What a board query returns: per stage with matching cards, its first page and its totals.
     *
     * @param pages the first page of each stage
     * @param totals the totals of each stage
     */
    record BoardSlice(Map<StageId, List<CardSummary>> pages, Map<StageId, StageTotals> totals) {

        /** Copies the maps. */
        public BoardSlice {
            pages = Map.copyOf(pages);
            totals = Map.copyOf(totals);
        }
    }

    /**
     * What a stage holds under a board's filters.
     *
     * @param count how many cards
     * @param sums the sum of their values, one per currency
     * @param stagnant how many are stagnant
     */
    record StageTotals(long count, List<Money> sums, long stagnant) {

        /** Copies the sums. */
        public StageTotals {
            sums = List.copyOf(sums);
        }
    }

    /**
     * The values of an account's open cards (not archived, neither won nor lost) that carry one, in every pipeline,
     * summed by pipeline, stage and currency (the groups carry no salesperson and no month).
     *
     * @param accountId an account
     * @return the sums, in no particular order
     */
    List<CardValueSum> openValuesOf(AccountId accountId);

    /**
     * The values of a pipeline's open cards that carry one, summed by stage, salesperson, month of the expected close
     * date and currency: only cards without an account, or whose account the access admits.
     *
     * @param pipelineId a pipeline
     * @param access the reader's access to accounts
     * @return the sums, in no particular order
     */
    List<CardValueSum> forecastOf(PipelineId pipelineId, AccountAccess access);

    /**
     * The effort spent on an account: its agenda entries, the comments on its cards, its messages, and its oldest
     * open card's creation.
     *
     * @param accountId an account
     * @return the counts
     */
    AccountEffort effortOf(AccountId accountId);
}
