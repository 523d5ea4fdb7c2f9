package dev.crmkit.message;

import dev.crmkit.common.MessageId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;

/**
 * Archives a message, or takes it out of the archive, from the version that was read.
 *
 * @param messageId the message
 * @param expectedVersion the version read
 * @param archived whether it is to be archived
 */
public record ArchiveMessage(@NotNull MessageId messageId, @NotNull Version expectedVersion, boolean archived) {

    /**
     * Archives the message read.
     *
     * @param message the message as read
     * @return the command
     */
    public static ArchiveMessage archive(Message message) {
        return new ArchiveMessage(message.id(), message.version(), true);
    }

    /**
     * Takes the message read out of the archive.
     *
     * @param message the message as read
     * @return the command
     */
    public static ArchiveMessage unarchive(Message message) {
        return new ArchiveMessage(message.id(), message.version(), false);
    }
}
