package dev.crmkit.segment;

import dev.crmkit.account.AccountQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Saves an account query as a segment of the actor.
 *
 * @param name its name, unique among the actor's segments case-insensitively
 * @param shared whether every user of the tenant sees it (each evaluates it in their own scope)
 * @param criteria the query, from its first page (no cursor); its sort, direction and page size shape the preview,
 *     its total flag is not kept
 */
public record CreateSegment(
        @NotBlank @Size(max = Segments.MAX_NAME) String name, boolean shared, @NotNull @Valid AccountQuery criteria) {}
