package dev.crmkit.catalog;

/** The kinds of catalog entries a tenant parametrizes. */
public enum CatalogKind {

    /** A team of users; a user with scope {@code TEAM} sees the accounts of the team's members. */
    TEAM(Shape.PLAIN),

    /** A characteristic an account can hold a value for. */
    CHARACTERISTIC_TYPE(Shape.CHARACTERISTIC),

    /** An area of interest an account marks as an interest or a disinterest. */
    INTEREST_AREA(Shape.PLAIN),

    /** A type of relationship between two accounts, with its inverse name. */
    RELATIONSHIP_TYPE(Shape.RELATIONSHIP),

    /** A type of agenda entry, for grouping ("visit", "customer won", ...). */
    AGENDA_ENTRY_TYPE(Shape.PLAIN),

    /** A customer type of an account's customer properties. */
    CUSTOMER_TYPE(Shape.PLAIN),

    /** A customer priority. */
    PRIORITY(Shape.PLAIN),

    /** An economic activity. */
    ECONOMIC_ACTIVITY(Shape.PLAIN),

    /** A price list. */
    PRICE_LIST(Shape.PLAIN),

    /** A category of service cases ("installation", "billing question", ...). */
    CASE_CATEGORY(Shape.PLAIN);

    private final Shape shape;

    CatalogKind(Shape shape) {
        this.shape = shape;
    }

    /**
     * Which details entries of this kind carry.
     *
     * @return the shape
     */
    public Shape shape() {
        return shape;
    }

    /** The details an entry of a kind carries beyond its name. */
    public enum Shape {

        /** A name only ({@link CatalogDetails.Plain}). */
        PLAIN,

        /** A value type and, for closed lists, the values ({@link CatalogDetails.Characteristic}). */
        CHARACTERISTIC,

        /** An inverse name and the hierarchical flag ({@link CatalogDetails.Relationship}). */
        RELATIONSHIP
    }
}
