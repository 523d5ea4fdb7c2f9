/**
 * Tenants, CRM users and the account access scope.
 *
 * <p>A {@link dev.crmkit.access.Tenant} is one company the host serves; every record belongs to one. A
 * {@link dev.crmkit.access.CrmUser} is one of the host's users as the CRM knows them, with an
 * {@link dev.crmkit.access.AccessScope} that decides which accounts the user sees. That decision is one
 * value, the {@link dev.crmkit.access.AccountAccess} predicate: data that every query of every adapter
 * applies (the JPA adapter turns it into SQL), never a Java lambda.
 */
package dev.crmkit.access;
