package dev.crmkit.pipeline;

import dev.crmkit.common.DocumentId;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a card or to a pipeline's base card; its bytes are in the document store under {@code id}.
 *
 * @param id the id its bytes are stored under
 * @param fileName the uploaded file's name
 * @param mediaType the media type
 * @param size the size in bytes
 * @param sha256 the hex SHA-256 of the bytes
 * @param uploadedBy who attached it
 * @param uploadedAt when it was attached
 */
public record Attachment(
        DocumentId id, String fileName, String mediaType, long size, String sha256, UserId uploadedBy, Instant uploadedAt) {

    /** Checks the parts are present. */
    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }
}
