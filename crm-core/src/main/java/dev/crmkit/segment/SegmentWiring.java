package dev.crmkit.segment;

import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private service of segments for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use, so a host reaches the service only through {@code CrmSession}.
 */
public final class SegmentWiring {

    // Adapters rebuild segments through StoredRecords, which reaches the package-private factory only through what
    // is registered here.
    static {
        StoredRecords.register(StoredRecords.SegmentFactory.class, Segment::reconstitute);
    }

    private SegmentWiring() {}

    /**
     * The segments an actor sees.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Segments segments(Session session) {
        return new SegmentService(session.useCases(), session.caller());
    }
}
