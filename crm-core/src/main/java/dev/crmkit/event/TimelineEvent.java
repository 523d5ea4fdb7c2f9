package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import java.util.Set;

/**
 * An event that belongs on the timeline of one or more accounts. The library records every such event in
 * those accounts' timelines in the same unit of work as the change; a capability joins the timeline by
 * letting its events implement this interface.
 */
public interface TimelineEvent {

    /**
     * The accounts whose timeline shows the event.
     *
     * @return one or more accounts
     */
    Set<AccountId> timelineAccounts();
}
