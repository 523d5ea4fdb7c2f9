package dev.crmkit.spi;

/**
 * A transaction the host already held on the store's database, which a unit of work joined instead of opening its
 * own (a Spring {@code @Transactional} service calling the CRM, say). The unit of work's writes and its outbox rows
 * commit or roll back with the host's work; the library runs what must follow a commit, the event relay included,
 * only once the host's transaction has committed.
 *
 * <p>Inside a host's transaction the library retries nothing: a concurrent writer's conflict reaches the host as
 * {@link dev.crmkit.common.ConflictException}, and the host retries its whole transaction (the library's own retry
 * of a delta would read the same stale snapshot, and could not undo the host's other work).
 */
public interface HostTransaction {

    /**
     * Runs an action once the host's transaction has committed, on the thread that committed it; never when it
     * rolls back.
     *
     * @param action what to run
     */
    void afterCommit(Runnable action);
}
