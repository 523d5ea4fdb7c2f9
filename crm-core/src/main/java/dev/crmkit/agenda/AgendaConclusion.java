package dev.crmkit.agenda;

import java.util.Optional;

/**
 * What concluding an entry did.
 *
 * @param concluded the concluded entry
 * @param next the next occurrence it scheduled (recurring entries), or {@code null}
 */
public record AgendaConclusion(AgendaEntry concluded, AgendaEntry next) {

    /** @return the next occurrence, if one was scheduled */
    public Optional<AgendaEntry> nextOccurrence() {
        return Optional.ofNullable(next);
    }
}
