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
        @NotNull Version expectedVersion) {

    /**
     * Starts a {@link UpdateDocument} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param documentId the document
     * @param title the title
     * @param expectedVersion the version the caller last saw
     * @return a builder
     */
    public static Builder builder(DocumentId documentId, String title, Version expectedVersion) {
        Builder builder = new Builder();
        builder.documentId = documentId;
        builder.title = title;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of a document's description as it was read, its version expected.
     *
     * @param document the document as read
     * @return a builder holding the document's title and validity, for the steps to change some
     */
    public static Builder from(Document document) {
        return builder(document.id(), document.title(), document.version())
                .validFrom(document.validFrom().orElse(null))
                .validUntil(document.validUntil().orElse(null));
    }

    /**
     * Starts a builder from this {@link UpdateDocument}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.documentId = documentId;
        builder.title = title;
        builder.validFrom = validFrom;
        builder.validUntil = validUntil;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link UpdateDocument}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private DocumentId documentId;
        private String title;
        private LocalDate validFrom;
        private LocalDate validUntil;
        private Version expectedVersion;

        private Builder() {}

        /**
         * @param value the document
         * @return this builder
         */
        public Builder documentId(DocumentId value) {
            this.documentId = value;
            return this;
        }

        /**
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * @param value the first valid day, or {@code null}
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value the last valid day, or {@code null}
         * @return this builder
         */
        public Builder validUntil(LocalDate value) {
            this.validUntil = value;
            return this;
        }

        /**
         * @param value the version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link UpdateDocument} of the steps so far, checked as any other when a use case receives it */
        public UpdateDocument build() {
            return new UpdateDocument(documentId, title, validFrom, validUntil, expectedVersion);
        }
    }
}
