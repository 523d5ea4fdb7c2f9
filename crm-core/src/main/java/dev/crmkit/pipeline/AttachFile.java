package dev.crmkit.pipeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Describes a file attached to a card or to a base card; the bytes are passed beside it.
 *
 * @param fileName the file's name
 * @param mediaType its media type
 */
public record AttachFile(
        @NotBlank @Size(max = 255) String fileName,
        @NotBlank @Size(max = 127) @Pattern(regexp = "[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*") String mediaType) {}
