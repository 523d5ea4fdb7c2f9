/**
 * Segments: account queries saved under a name, private or shared with the tenant's users, evaluated live with a
 * count and a preview page, always in the scope of the user who reads them.
 */
package dev.crmkit.segment;
