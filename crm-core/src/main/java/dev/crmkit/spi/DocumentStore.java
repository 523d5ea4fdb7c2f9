package dev.crmkit.spi;

import dev.crmkit.common.DocumentId;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import java.io.InputStream;

/**
 * Where document bytes live (a file system, an object store, memory), given to
 * {@code Crm.builder().documentStore(...)}. The core computes sizes and digests and enforces limits; the store
 * only keeps bytes under (tenant, document id). It is not part of a unit of work: the core writes the bytes
 * before the metadata commits and deletes them again if it does not, and deletes the bytes of removed
 * documents after the removal commits.
 */
public interface DocumentStore {

    /** A document store that refuses every operation: the default when a host attaches no documents. */
    DocumentStore NONE = new DocumentStore() {
        @Override
        public void write(TenantId tenantId, DocumentId documentId, InputStream content) {
            throw new StoreException("no DocumentStore was given to Crm.builder()", null);
        }

        @Override
        public InputStream read(TenantId tenantId, DocumentId documentId) {
            throw new StoreException("no DocumentStore was given to Crm.builder()", null);
        }

        @Override
        public void delete(TenantId tenantId, DocumentId documentId) {
            throw new StoreException("no DocumentStore was given to Crm.builder()", null);
        }
    };

    /**
     * Stores a document's bytes, reading the stream to its end. Writing an id that exists replaces its bytes.
     *
     * @param tenantId the tenant
     * @param documentId the document
     * @param content the bytes; the caller closes it
     * @throws dev.crmkit.common.StoreException when the bytes cannot be stored (a failure of the stream is
     *     passed through unchanged)
     */
    void write(TenantId tenantId, DocumentId documentId, InputStream content);

    /**
     * Opens a document's bytes.
     *
     * @param tenantId the tenant
     * @param documentId the document
     * @return the bytes; the caller closes the stream
     * @throws dev.crmkit.common.NotFoundException when the store has no bytes for the document
     */
    InputStream read(TenantId tenantId, DocumentId documentId);

    /**
     * Deletes a document's bytes; deleting bytes that are not there does nothing.
     *
     * @param tenantId the tenant
     * @param documentId the document
     */
    void delete(TenantId tenantId, DocumentId documentId);
}
