package dev.crmkit.agenda;

import dev.crmkit.common.DocumentId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operator reports on concluding an on-site intervention.
 *
 * @param text what was done
 * @param attachmentIds the intervention's attachments that belong to the report (photos, signed sheets), in order
 * @param invoiceReference the host's invoice for the work, or {@code null}
 * @param recordedAt when the report was recorded (the intervention's conclusion)
 */
public record WorkReport(String text, List<DocumentId> attachmentIds, String invoiceReference, Instant recordedAt) {

    /** Checks the mandatory parts and copies the list. */
    public WorkReport {
        Objects.requireNonNull(text, "text");
        attachmentIds = List.copyOf(attachmentIds);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** @return the host's invoice reference, if one was given */
    public Optional<String> invoice() {
        return Optional.ofNullable(invoiceReference);
    }
}
