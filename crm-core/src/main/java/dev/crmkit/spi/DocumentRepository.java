package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.document.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The document metadata of a unit of work's tenant (the bytes are in the {@link DocumentStore}). */
public interface DocumentRepository {

    /**
     * @param id the document
     * @return its metadata, if the tenant has it
     */
    Optional<Document> findById(DocumentId id);

    /**
     * @param accountId an account
     * @return its documents, in no particular order
     */
    List<Document> findByAccount(AccountId accountId);

    /**
     * The contracts whose last valid day falls in a range (for the agenda's expiry reminders).
     *
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @return the contracts, in no particular order
     */
    List<Document> findContractsValidUntil(LocalDate from, LocalDate to);

    /**
     * @param document new metadata at {@code Version.UNSAVED}
     * @return the metadata at {@code Version.FIRST}
     */
    Document insert(Document document);

    /**
     * @param document the metadata, at the version it was loaded with
     * @return the metadata at the next version
     */
    Document update(Document document);

    /**
     * @param document the metadata, at the version it was loaded with
     */
    void delete(Document document);

    /**
     * Deletes every document of an account.
     *
     * @param accountId the account
     * @return the deleted documents (whose bytes the core removes after the commit)
     */
    List<Document> deleteByAccount(AccountId accountId);
}
