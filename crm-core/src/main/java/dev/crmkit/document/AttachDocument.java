package dev.crmkit.document;

import dev.crmkit.common.AccountId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Attaches a document to an account in the actor's scope; the bytes are passed beside the command.
 *
 * @param accountId the account
 * @param kind the kind; a {@link DocumentKind#LOGO} replaces the account's current logo
 * @param title a title; the file name when blank
 * @param fileName the uploaded file's name
 * @param mediaType its media type ({@code application/pdf}); a logo must be PNG, JPEG, GIF or WebP
 * @param validFrom for a contract, the first valid day, or {@code null}
 * @param validUntil for a contract, the last valid day, or {@code null}
 */
public record AttachDocument(
        @NotNull AccountId accountId,
        @NotNull DocumentKind kind,
        @Size(max = 200) String title,
        @NotBlank @Size(max = 255) String fileName,
        @NotBlank @Size(max = 127) @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*")
                String mediaType,
        LocalDate validFrom,
        LocalDate validUntil) {

    /**
     * Starts a {@link AttachDocument} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param accountId the account
     * @param kind the kind; a {@link DocumentKind#LOGO} replaces the account's current logo
     * @param fileName the uploaded file's name
     * @param mediaType its media type ({@code application/pdf}); a logo must be PNG, JPEG, GIF or WebP
     * @return a builder
     */
    public static Builder builder(AccountId accountId, DocumentKind kind, String fileName, String mediaType) {
        Builder builder = new Builder();
        builder.accountId = accountId;
        builder.kind = kind;
        builder.fileName = fileName;
        builder.mediaType = mediaType;
        return builder;
    }

    /**
     * Starts a builder from this {@link AttachDocument}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.accountId = accountId;
        builder.kind = kind;
        builder.title = title;
        builder.fileName = fileName;
        builder.mediaType = mediaType;
        builder.validFrom = validFrom;
        builder.validUntil = validUntil;
        return builder;
    }

    /**
     * Builds a {@link AttachDocument}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private AccountId accountId;
        private DocumentKind kind;
        private String title;
        private String fileName;
        private String mediaType;
        private LocalDate validFrom;
        private LocalDate validUntil;

        private Builder() {}

        /**
         * @param value the account
         * @return this builder
         */
        public Builder accountId(AccountId value) {
            this.accountId = value;
            return this;
        }

        /**
         * @param value the kind; a {@link DocumentKind#LOGO} replaces the account's current logo
         * @return this builder
         */
        public Builder kind(DocumentKind value) {
            this.kind = value;
            return this;
        }

        /**
         * @param value a title; the file name when blank
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
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
         * @param value its media type ({@code application/pdf}); a logo must be PNG, JPEG, GIF or WebP
         * @return this builder
         */
        public Builder mediaType(String value) {
            this.mediaType = value;
            return this;
        }

        /**
         * @param value for a contract, the first valid day, or {@code null}
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value for a contract, the last valid day, or {@code null}
         * @return this builder
         */
        public Builder validUntil(LocalDate value) {
            this.validUntil = value;
            return this;
        }

        /** @return the {@link AttachDocument} of the steps so far, checked as any other when a use case receives it */
        public AttachDocument build() {
            return new AttachDocument(accountId, kind, title, fileName, mediaType, validFrom, validUntil);
        }
    }
}
