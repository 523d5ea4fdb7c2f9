/**
 * Documents attached to accounts: contracts with their validity dates, legal papers, the
 * logo. The library keeps the metadata (title, media type, size, SHA-256) in the store's units of work and
 * the bytes behind the {@link dev.crmkit.spi.DocumentStore} port.
 */
package dev.crmkit.document;
