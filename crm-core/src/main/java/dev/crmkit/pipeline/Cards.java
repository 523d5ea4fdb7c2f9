package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import java.io.InputStream;

/**
 * The cards of the pipelines the actor uses, and their boards. Commands that replace fields or move a card carry
 * the version the caller saw, so two people working a card at once never overwrite each other silently.
 */
public interface Cards {

    /**
     * Adds a card, starting from the pipeline's base card, at the end of its stage.
     *
     * @param command the card
     * @return the stored card
     */
    Card create(CreateCard command);

    /**
     * Imports cards into one pipeline in bulk (a host migrating its legacy kanban): all of them or none, in one unit
     * of work. Each row is checked as {@link #create} checks it, its problems named under {@code cards[i]}, every row's
     * problems reported together; an account is named by id or by tax id, and may have one open card per pipeline
     * (among the rows too). The cards go to the end of their stages in the rows' order, each recorded
     * ({@code CardCreated}, with its history) as if created one by one.
     *
     * @param command the pipeline and the rows, at most {@link ImportCards#MAX_ROWS}
     * @return the new cards' ids, in the rows' order
     */
    java.util.List<CardId> importCards(ImportCards command);

    /**
     * Replaces a card's editable fields.
     *
     * @param command the card's new fields and the version the caller last saw
     * @return the stored card
     */
    Card update(UpdateCard command);

    /**
     * Moves a card to a stage, after another card or at the top; no other card is renumbered.
     *
     * @param command the card, its stage, its neighbour and the version the caller last saw
     * @return the stored card
     */
    Card move(MoveCard command);

    /**
     * Comments on a card.
     *
     * @param command the card and the text
     * @return the stored comment; {@link #get} reads the card with it
     */
    Comment addComment(AddComment command);

    /**
     * Edits a comment (its author only).
     *
     * @param command the card, the comment and the new text
     * @return the stored card
     */
    Card editComment(EditComment command);

    /**
     * Deletes a comment (its author only).
     *
     * @param command the card and the comment
     * @return the stored card
     */
    Card deleteComment(DeleteComment command);

    /**
     * Attaches a file to a card.
     *
     * @param cardId the card
     * @param file the file's name and media type
     * @param content the bytes (the caller closes the stream)
     * @return the stored attachment (its id opens and removes it); {@link #get} reads the card with it
     */
    Attachment attach(CardId cardId, AttachFile file, InputStream content);

    /**
     * Removes an attachment (and its bytes).
     *
     * @param cardId the card
     * @param documentId the attachment
     * @return the stored card
     */
    Card removeAttachment(CardId cardId, DocumentId documentId);

    /**
     * Opens an attachment's bytes.
     *
     * @param cardId the card
     * @param documentId the attachment
     * @return the metadata and the bytes; close it
     */
    AttachmentContent openAttachment(CardId cardId, DocumentId documentId);

    /**
     * Archives a card (idempotent).
     *
     * @param command the card
     * @return the stored card
     */
    Card archive(CardOutcome command);

    /**
     * Takes a card out of the archive.
     *
     * @param command the card
     * @return the stored card
     */
    Card unarchive(CardOutcome command);

    /**
     * Marks an open card lost, with its reason.
     *
     * @param command the card and the reason
     * @return the stored card
     */
    Card markLost(MarkCardLost command);

    /**
     * Reopens a lost card; its loss reason is cleared.
     *
     * @param command the card
     * @return the stored card
     */
    Card reopen(CardOutcome command);

    /**
     * Converts an open card to a customer: its prospect becomes a {@code CUSTOMER} in the same unit of work.
     *
     * @param command the card
     * @return the stored card
     */
    Card convertToCustomer(CardOutcome command);

    /**
     * Converts an open card to a customer service of the host's.
     *
     * @param command the card and the host's reference
     * @return the stored card
     */
    Card convertToService(ConvertCardToService command);

    /**
     * Deletes a card, and its prospect too when asked (never a customer).
     *
     * @param command the card and whether to delete the prospect
     */
    void delete(DeleteCard command);

    /**
     * One card, whole.
     *
     * @param cardId the card
     * @return the card
     */
    Card get(CardId cardId);

    /**
     * A pipeline's board under a filter: per stage, the first page of cards, how many there are, the sum of
     * their values and how many are stagnant.
     *
     * @param pipelineId the pipeline
     * @param filter the filter; {@link BoardFilter#DEFAULT} for none
     * @return the board
     */
    Board board(PipelineId pipelineId, BoardFilter filter);

    /**
     * The next page of one stage of a board.
     *
     * @param pipelineId the pipeline
     * @param stageId the stage
     * @param filter the same filter as the board's
     * @param cursor the stage's cursor from the board or the previous page
     * @return one page of the stage's cards
     */
    Page<CardSummary> stage(PipelineId pipelineId, StageId stageId, BoardFilter filter, String cursor);
}
