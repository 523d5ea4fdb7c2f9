/**
 * Relationships between accounts: typed by the tenant's relationship types,
 * seen from both sides (with the type's name from one, its inverse name from the other), never with itself,
 * never twice, and never in a cycle within a hierarchical type.
 */
package dev.crmkit.relationship;
