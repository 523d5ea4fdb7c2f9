package dev.crmkit.pipeline;

import dev.crmkit.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Creates a pipeline (administrators only).
 *
 * @param name its name, unique in the tenant case-insensitively
 * @param color its color, {@code #RRGGBB}
 * @param stages its stages, in board order
 * @param users its users (active users of the tenant); none is allowed
 * @param settings its settings; {@code null} for {@link PipelineSettings#DEFAULT}
 */
public record CreatePipeline(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid NewStage> stages,
        @Size(max = 500) Set<@NotNull UserId> users,
        @Valid PipelineSettings settings) {}
