package dev.crmkit.catalog;

/** The type of the values of a characteristic. */
public enum CharacteristicValueType {

    /** Free text. */
    TEXT,

    /** A decimal number. */
    NUMBER,

    /** Yes or no. */
    YES_NO,

    /** One value of a closed list the characteristic type defines. */
    CHOICE
}
