package dev.crmkit.inmemory;

import dev.crmkit.common.DocumentId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.spi.DocumentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document bytes in memory, for tests and demos. Thread-safe.
 *
 * <pre>{@code
 * Crm.builder().store(new InMemoryCrmStore()).documentStore(new InMemoryDocumentStore()).build();
 * }</pre>
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<Key, byte[]> documents = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryDocumentStore() {}

    @Override
    public void write(TenantId tenantId, DocumentId documentId, InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new StoreException("reading document " + documentId, e);
        }
        documents.put(new Key(tenantId, documentId), bytes);
    }

    @Override
    public InputStream read(TenantId tenantId, DocumentId documentId) {
        byte[] bytes = documents.get(new Key(tenantId, documentId));
        if (bytes == null) {
            throw new NotFoundException("document", "documentId", documentId);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void delete(TenantId tenantId, DocumentId documentId) {
        documents.remove(new Key(tenantId, documentId));
    }

    /**
     * How many documents the store holds, across tenants.
     *
     * @return the count
     */
    public int size() {
        return documents.size();
    }

    private record Key(TenantId tenantId, DocumentId documentId) {}
}
