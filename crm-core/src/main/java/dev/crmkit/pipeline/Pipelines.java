package dev.crmkit.pipeline;

import dev.crmkit.common.CardId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.UserId;
import java.io.InputStream;
import java.util.List;

/**
 * Pipelines: only their users and the tenant's administrators see or change them; to anyone else a
 * pipeline and its cards are answered exactly like unknown ids ({@code NotFoundException}). Administrators create and delete
 * pipelines and manage who uses them; a pipeline's users arrange its stages, labels, settings and base card.
 * Every change is written to the pipeline's history, one entry per changed field.
 */
public interface Pipelines {

    /**
     * Creates a pipeline (administrators only).
     *
     * @param command its name, color, stages, users and settings
     * @return the stored pipeline
     */
    Pipeline create(CreatePipeline command);

    /**
     * Renames, recolors and resets the settings.
     *
     * @param command the pipeline, its new values and the version the caller last saw
     * @return the stored pipeline
     */
    Pipeline update(UpdatePipeline command);

    /**
     * Deletes a pipeline that holds no card (administrators only); its history stays.
     *
     * @param pipelineId the pipeline
     */
    void delete(PipelineId pipelineId);

    /**
     * Adds a user to a pipeline (administrators only, from the pipeline's side).
     *
     * @param command the pipeline and the user
     * @return the stored pipeline
     */
    Pipeline addUser(PipelineUser command);

    /**
     * Removes a user from a pipeline (administrators only).
     *
     * @param command the pipeline and the user
     * @return the stored pipeline
     */
    Pipeline removeUser(PipelineUser command);

    /**
     * Sets the pipelines a user belongs to (administrators only, from the user's side).
     *
     * @param command the user and its pipelines
     * @return the user's pipelines, by name
     */
    List<Pipeline> setUserPipelines(SetUserPipelines command);

    /**
     * The pipelines a user belongs to (administrators, or the user itself).
     *
     * @param userId the user
     * @return the pipelines, by name
     */
    List<Pipeline> ofUser(UserId userId);

    /**
     * Adds a stage.
     *
     * @param command the pipeline, the stage and its place
     * @return the stage added, with its id ({@link #get(PipelineId)} reads the pipeline holding it)
     */
    Stage addStage(AddStage command);

    /**
     * Changes a stage.
     *
     * @param command the stage's new name, color and stagnant days
     * @return the stored pipeline
     */
    Pipeline updateStage(UpdateStage command);

    /**
     * Moves a stage among the stages.
     *
     * @param command the stage and its new place
     * @return the stored pipeline
     */
    Pipeline moveStage(MoveStage command);

    /**
     * Deletes a stage, moving its cards to another stage when it has any.
     *
     * @param command the stage and where its cards go
     * @return the stored pipeline
     */
    Pipeline deleteStage(DeleteStage command);

    /**
     * Adds a label.
     *
     * @param command the pipeline, the label's name and color
     * @return the label added, with its id ({@link #get(PipelineId)} reads the pipeline holding it)
     */
    Label addLabel(AddLabel command);

    /**
     * Renames or recolors a label.
     *
     * @param command the label's new name and color
     * @return the stored pipeline
     */
    Pipeline updateLabel(UpdateLabel command);

    /**
     * Removes a label from the pipeline, its cards and its base card.
     *
     * @param command the pipeline and the label
     * @return the stored pipeline
     */
    Pipeline removeLabel(RemoveLabel command);

    /**
     * Replaces the text parts of the base card.
     *
     * @param command the description, labels, members and comments
     * @return the stored pipeline
     */
    Pipeline updateBaseCard(UpdateBaseCard command);

    /**
     * Attaches a file to the base card; every new card gets its own copy.
     *
     * @param pipelineId the pipeline
     * @param file the file's name and media type
     * @param content the bytes (the caller closes the stream)
     * @return the stored attachment of the base card; {@link #get} reads the pipeline with it
     */
    Attachment attachToBaseCard(PipelineId pipelineId, AttachFile file, InputStream content);

    /**
     * Removes a file from the base card (cards keep their copies).
     *
     * @param pipelineId the pipeline
     * @param documentId the attachment
     * @return the stored pipeline
     */
    Pipeline removeBaseCardAttachment(PipelineId pipelineId, DocumentId documentId);

    /**
     * One pipeline.
     *
     * @param pipelineId the pipeline
     * @return the pipeline
     */
    Pipeline get(PipelineId pipelineId);

    /**
     * The pipelines the actor sees (all of them for an administrator), by name.
     *
     * @return the pipelines
     */
    List<Pipeline> list();

    /**
     * The pipeline's history, newest first, a page at a time.
     *
     * @param pipelineId the pipeline
     * @param cursor the previous page's cursor, or {@code null}
     * @param limit the page size, 1 to 500
     * @return one page
     */
    Page<HistoryEntry> history(PipelineId pipelineId, String cursor, int limit);

    /**
     * One card's history, newest first, a page at a time.
     *
     * @param cardId the card
     * @param cursor the previous page's cursor, or {@code null}
     * @param limit the page size, 1 to 500
     * @return one page
     */
    Page<HistoryEntry> cardHistory(CardId cardId, String cursor, int limit);

    /**
     * Saves a board filter for the actor.
     *
     * @param command the pipeline, the name and the filter
     * @return the stored filter
     */
    SavedFilter saveFilter(SaveBoardFilter command);

    /**
     * The actor's saved filters of a pipeline, by name.
     *
     * @param pipelineId the pipeline
     * @return the filters
     */
    List<SavedFilter> savedFilters(PipelineId pipelineId);

    /**
     * Loads a saved filter.
     *
     * @param savedFilterId the filter
     * @return the filter, to pass to {@link Cards#board}
     */
    BoardFilter applyFilter(SavedFilterId savedFilterId);

    /**
     * Deletes a saved filter.
     *
     * @param savedFilterId the filter
     */
    void deleteFilter(SavedFilterId savedFilterId);

    /**
     * Deletes every filter the actor saved for a pipeline; the board goes back to
     * {@link BoardFilter#DEFAULT}.
     *
     * @param pipelineId the pipeline
     * @return the default filter
     */
    BoardFilter clearFilters(PipelineId pipelineId);
}
