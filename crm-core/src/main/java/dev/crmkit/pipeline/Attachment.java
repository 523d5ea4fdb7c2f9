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

    /**
     * Starts a {@link Attachment}; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link Attachment}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.fileName = fileName;
        builder.mediaType = mediaType;
        builder.size = size;
        builder.sha256 = sha256;
        builder.uploadedBy = uploadedBy;
        builder.uploadedAt = uploadedAt;
        return builder;
    }

    /**
     * Builds a {@link Attachment}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private DocumentId id;
        private String fileName;
        private String mediaType;
        private long size;
        private String sha256;
        private UserId uploadedBy;
        private Instant uploadedAt;

        private Builder() {}

        /**
         * @param value the id its bytes are stored under
         * @return this builder
         */
        public Builder id(DocumentId value) {
            this.id = value;
            return this;
        }

        /**
         * @param value the uploaded file's name
         * @return this builder
         */
        public Builder fileName(String value) {
            this.fileName = value;
            return this;
        }

        /**
         * @param value the media type
         * @return this builder
         */
        public Builder mediaType(String value) {
            this.mediaType = value;
            return this;
        }

        /**
         * @param value the size in bytes
         * @return this builder
         */
        public Builder size(long value) {
            this.size = value;
            return this;
        }

        /**
         * @param value the hex SHA-256 of the bytes
         * @return this builder
         */
        public Builder sha256(String value) {
            this.sha256 = value;
            return this;
        }

        /**
         * @param value who attached it
         * @return this builder
         */
        public Builder uploadedBy(UserId value) {
            this.uploadedBy = value;
            return this;
        }

        /**
         * @param value when it was attached
         * @return this builder
         */
        public Builder uploadedAt(Instant value) {
            this.uploadedAt = value;
            return this;
        }

        /** @return the {@link Attachment} of the steps so far, checked as any other when a use case receives it */
        public Attachment build() {
            return new Attachment(id, fileName, mediaType, size, sha256, uploadedBy, uploadedAt);
        }
    }
}
