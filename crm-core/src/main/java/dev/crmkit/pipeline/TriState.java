package dev.crmkit.pipeline;

/** A yes/no filter that can also accept both. */
public enum TriState {

    /** Both: no filter. */
    ALL,

    /** Only cards for which the condition holds. */
    YES,

    /** Only cards for which it does not. */
    NO;

    /**
     * @param condition the card's value
     * @return whether the filter accepts it
     */
    public boolean accepts(boolean condition) {
        return this == ALL || (this == YES) == condition;
    }
}
