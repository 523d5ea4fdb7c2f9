package dev.crmkit.common;

import java.util.UUID;

/**
 * The id of an entry of a tenant's catalogs (a team, a characteristic type, an interest area, ...).
 *
 * @param value the UUID
 */
public record CatalogEntryId(UUID value) implements Comparable<CatalogEntryId> {

    /** Checks the value is present. */
    public CatalogEntryId {
        Ids.required(value, "catalogEntryId");
    }

    /**
     * A new, time-ordered id.
     *
     * @return the id
     */
    public static CatalogEntryId newId() {
        return new CatalogEntryId(Ids.timeOrdered());
    }

    /**
     * Parses the canonical text form of an id.
     *
     * @param text the UUID text
     * @return the id
     * @throws InvalidCommandException naming {@code catalogEntryId} when the text is not a UUID
     */
    public static CatalogEntryId of(String text) {
        return new CatalogEntryId(Ids.parseUuid(text, "catalogEntryId"));
    }

    /** Orders ids as unsigned numbers: the order of their text and of the databases' uuid types. */
    @Override
    public int compareTo(CatalogEntryId other) {
        return Ids.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
