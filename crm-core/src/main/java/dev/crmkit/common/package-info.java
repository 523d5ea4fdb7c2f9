/**
 * The shared kernel of CRM Kit: typed ids, {@link dev.crmkit.common.Version}, field changes, and the
 * {@link dev.crmkit.common.CrmException} family every operation reports its errors with.
 *
 * <p>Messages are localized: every exception renders its message in the locale of the actor that made the
 * call (English, Brazilian Portuguese or Spanish; any other locale falls back to English), whatever the
 * JVM's default locale is.
 */
package dev.crmkit.common;
