package dev.crmkit.inmemory;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.document.Document;
import dev.crmkit.spi.DocumentRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

/** The document metadata of a partition. */
final class InMemoryDocuments implements DocumentRepository {

    private static final DocumentId SMALLEST_ID = new DocumentId(new UUID(0, 0));

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryDocuments(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Document> findById(DocumentId id) {
        return data.documents.get(id);
    }

    @Override
    public List<Document> findByAccount(AccountId accountId) {
        return data.documents.find(data.documentsByAccount, accountId);
    }

    @Override
    public List<Document> findContractsValidUntil(LocalDate from, LocalDate to) {
        return data.contractsByValidUntil.subMap(new SortKey<>(from.toEpochDay(), SMALLEST_ID), true,
                new SortKey<>(to.toEpochDay() + 1, SMALLEST_ID), false).values().stream().toList();
    }

    @Override
    public Document insert(Document document) {
        return uow.insert(data.documents, document::withVersion);
    }

    @Override
    public Document update(Document document) {
        return uow.update(data.documents, "document", document.id(), document.version(), Document::version,
                document::withVersion);
    }

    @Override
    public void delete(Document document) {
        uow.delete(data.documents, "document", document.id(), document.version(), Document::version);
    }

    @Override
    public List<Document> deleteByAccount(AccountId accountId) {
        Journal journal = uow.writable();
        List<Document> removed = findByAccount(accountId);
        for (Document document : removed) {
            data.documents.delete(document.id(), journal);
        }
        return removed;
    }
}
