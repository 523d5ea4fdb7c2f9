package dev.crmkit.agenda;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one run of the agenda rules did.
 *
 * @param created how many entries each rule created
 * @param alreadyPresent how many triggers each rule found already handled (by an earlier or concurrent run)
 */
public record RuleRun(Map<AgendaRule, Integer> created, Map<AgendaRule, Integer> alreadyPresent) {

    /** Copies the maps, with every rule present. */
    public RuleRun {
        created = complete(created);
        alreadyPresent = complete(alreadyPresent);
    }

    /** @return how many entries the run created in all */
    public int totalCreated() {
        return created.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<AgendaRule, Integer> complete(Map<AgendaRule, Integer> counts) {
        Map<AgendaRule, Integer> all = new EnumMap<>(AgendaRule.class);
        for (AgendaRule rule : AgendaRule.values()) {
            all.put(rule, counts.getOrDefault(rule, 0));
        }
        return Map.copyOf(all);
    }
}
