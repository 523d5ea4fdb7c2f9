/**
 * The in-memory persistence adapter: every SPI port, thread-safe and indexed, for tests, demos and hosts
 * that keep their CRM in memory.
 *
 * <p>Each tenant's data is one partition behind a read-write lock: a read-only unit of work shares it with
 * other readers; a read-write unit of work holds it alone, writes in place and keeps an undo journal, so a
 * failed unit of work is rolled back completely and no reader ever sees uncommitted data. Aggregates are
 * immutable, so they are stored and handed out without copying.
 */
package dev.crmkit.inmemory;
