package dev.crmkit.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A predefinition: entries a user creates in one call, for a common sequence such
 * as "visit, then a follow-up call three days later".
 *
 * @param name its name, unique in the tenant (case and accents ignored)
 * @param items the entries it creates
 */
public record AgendaTemplate(@NotBlank @Size(max = 100) String name, @NotEmpty @Size(max = 20) List<@NotNull @Valid TemplateItem> items) {

    /** Copies the items. */
    public AgendaTemplate {
        items = items == null ? null : List.copyOf(items);
    }
}
