/**
 * Statistics: the agenda entries created in a date range with their counts by type,
 * user and status, and a pipeline's figures. {@code dev.crmkit.io.StatisticsExport} writes the listing as XLSX or
 * CSV.
 */
package dev.crmkit.report;
