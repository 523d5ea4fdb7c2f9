/**
 * The entry point of CRM Kit: {@link dev.crmkit.Crm}, built by {@link dev.crmkit.Crm#builder()}, and the API
 * acting for one {@link dev.crmkit.Actor}, {@link dev.crmkit.CrmSession}.
 *
 * <p>This package is also the application layer: the package-private services that implement the use-case
 * interfaces of the capability packages live here, so that they are invisible to hosts, and the domain
 * packages stay free of the SPI they call.
 */
package dev.crmkit;
