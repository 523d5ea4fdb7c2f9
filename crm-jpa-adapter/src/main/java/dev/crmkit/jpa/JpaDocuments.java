package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.Version;
import dev.crmkit.document.Document;
import dev.crmkit.spi.DocumentRepository;
import java.util.List;
import java.util.Optional;

/** The document metadata of a unit of work's tenant. */
final class JpaDocuments implements DocumentRepository {

    private final JpaUnitOfWork uow;

    JpaDocuments(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private DocumentEntity row(DocumentId id) {
        return uow.find(DocumentEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<Document> findById(DocumentId id) {
        return Optional.ofNullable(row(id)).map(DocumentEntity::toDomain);
    }

    @Override
    public List<Document> findByAccount(AccountId accountId) {
        // Read with plain JDBC: a listing nobody changes (a change reads its row by id, a delete through rowsOf).
        return new SqlQuery().append("select d.* from crm_document d where d.tenant_id = :tenant and d.account_id = :account",
                        "tenant", uow.tenant).bind("account", accountId.value())
                .rows(uow, 0, DocumentEntity::read).stream().map(DocumentEntity::toDomain).toList();
    }

    private List<DocumentEntity> rowsOf(AccountId accountId) {
        return uow.em().createQuery("select d from Document d where d.tenantId = :tenant and d.accountId = :account",
                        DocumentEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .getResultList();
    }

    @Override
    public List<Document> findContractsValidUntil(java.time.LocalDate from, java.time.LocalDate to) {
        return uow.em().createQuery("select d from Document d where d.tenantId = :tenant and d.kind = 'CONTRACT'"
                        + " and d.validUntil >= :from and d.validUntil <= :to", DocumentEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream().map(DocumentEntity::toDomain).toList();
    }

    @Override
    public Document insert(Document document) {
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        Document stored = document.withVersion(Version.FIRST);
        DocumentEntity row = DocumentEntity.of(uow.tenant, stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Document update(Document document) {
        DocumentEntity row = row(document.id());
        boolean unchanged = row != null && row.toDomain().equals(document);
        return document.withVersion(uow.update(row, "document", document.id(), document.version(), r -> r.version, unchanged,
                r -> r.apply(document)));
    }

    @Override
    public void delete(Document document) {
        uow.delete(row(document.id()), "document", document.id(), document.version(), r -> r.version);
    }

    @Override
    public List<Document> deleteByAccount(AccountId accountId) {
        uow.writable();
        List<DocumentEntity> rows = rowsOf(accountId);
        rows.forEach(uow::remove);
        return rows.stream().map(DocumentEntity::toDomain).toList();
    }
}
