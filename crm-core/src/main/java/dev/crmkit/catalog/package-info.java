/**
 * The tenant-parametrized lists the seeds keep "in the registration area": teams, characteristic types,
 * interest areas, relationship types, agenda entry types and the simple lists an account uses (customer
 * types, priorities, economic activities, price lists).
 *
 * <p>Names are unique per tenant and kind, case-insensitively. An entry in use cannot be deleted, only
 * deactivated: a deactivated entry keeps its existing references but cannot be newly referenced.
 */
package dev.crmkit.catalog;
