package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import dev.crmkit.common.UserId;
import java.util.List;
import java.util.Set;

/**
 * The template every new card of a pipeline starts from: its description when the
 * new card has none, and its labels, members, comments and attachments added to the new card's own.
 *
 * @param description the description, or {@code null}
 * @param labels the labels
 * @param members the members
 * @param comments the comments
 * @param attachments the attachments (their bytes are copied for each new card)
 */
public record BaseCard(
        String description, Set<LabelId> labels, Set<UserId> members, List<BaseComment> comments, List<Attachment> attachments) {

    /** An empty base card. */
    public static final BaseCard EMPTY = new BaseCard(null, Set.of(), Set.of(), List.of(), List.of());

    /** Copies the collections. */
    public BaseCard {
        labels = Set.copyOf(labels);
        members = Set.copyOf(members);
        comments = List.copyOf(comments);
        attachments = List.copyOf(attachments);
    }
}
