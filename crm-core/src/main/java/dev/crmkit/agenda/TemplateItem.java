package dev.crmkit.agenda;

import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;

/**
 * One predefined entry of a template.
 *
 * @param typeId its type, or {@code null}
 * @param description its description
 * @param dayOffset how many days after the day the template is applied on it is due
 * @param time its time of day, or {@code null} for any time that day
 */
public record TemplateItem(
        CatalogEntryId typeId,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String description,
        @Min(0) @Max(3660) int dayOffset,
        LocalTime time) {}
