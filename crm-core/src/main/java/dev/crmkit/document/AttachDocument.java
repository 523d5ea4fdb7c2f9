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
        LocalDate validUntil) {}
