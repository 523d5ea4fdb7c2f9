package dev.crmkit.casework;

import java.util.Objects;

/**
 * The satisfaction figures of one team, agent or category.
 *
 * @param key the team's or category's id, or the agent's user id; empty for the cases that had none
 * @param name its name as the reader sees it (the catalog entry's or user's name, or "none")
 * @param stats its figures
 */
public record SatisfactionGroup(String key, String name, SatisfactionStats stats) {

    /** Checks the parts are present. */
    public SatisfactionGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stats, "stats");
    }
}
