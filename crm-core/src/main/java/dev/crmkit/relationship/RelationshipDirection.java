package dev.crmkit.relationship;

/** Which side of a relationship an account is on. */
public enum RelationshipDirection {

    /** The account holds the relationship: it is read with the type's name ("parent of"). */
    OUTGOING,

    /** The account is the related one: it is read with the type's inverse name ("subsidiary of"). */
    INCOMING
}
