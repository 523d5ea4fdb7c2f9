package dev.crmkit.document;

import dev.crmkit.common.DocumentId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Changes a document's title and, for a contract, its validity.
 *
 * @param documentId the document
 * @param title the title
 * @param validFrom the first valid day, or {@code null}
 * @param validUntil the last valid day, or {@code null}
 * @param expectedVersion the version the caller last saw
 */
public record UpdateDocument(
        @NotNull DocumentId documentId,
        @NotBlank @Size(max = 200) String title,
        LocalDate validFrom,
        LocalDate validUntil,
        @NotNull Version expectedVersion) {}
