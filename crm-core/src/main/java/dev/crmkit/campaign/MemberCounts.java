package dev.crmkit.campaign;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many members of a campaign stand in each status, and why the skipped ones were left out.
 *
 * @param byStatus the members of each status (statuses without members are left out)
 * @param skipped the skipped members by reason (reasons without members are left out)
 */
public record MemberCounts(Map<MemberStatus, Long> byStatus, Map<SkipReason, Long> skipped) {

    /** Copies the maps. */
    public MemberCounts {
        byStatus = byStatus.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byStatus));
        skipped = skipped.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(skipped));
    }

    /**
     * @param status a status
     * @return how many members stand in it
     */
    public long of(MemberStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** @return every member taken at the launch, skipped ones included */
    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return the members reached: delivered or planned, and those who answered, bought or opted out since */
    public long reached() {
        return byStatus.entrySet().stream().filter(e -> e.getKey().reached()).mapToLong(Map.Entry::getValue).sum();
    }
}
