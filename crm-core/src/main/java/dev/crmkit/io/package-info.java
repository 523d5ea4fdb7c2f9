/**
 * JSON for CRM Kit's types, with Jackson (the only package of the library that knows it), and the XLSX and CSV
 * exports of statistics ({@link dev.crmkit.io.StatisticsExport}).
 *
 * <p>{@link dev.crmkit.io.CrmJson} reads commands a host received as JSON (bad input, such as an unknown enum
 * text or a malformed id, becomes an {@link dev.crmkit.common.InvalidCommandException} naming the field, in
 * the caller's locale) and writes and reads domain events (which is how the JPA adapter stores its outbox).
 */
package dev.crmkit.io;
