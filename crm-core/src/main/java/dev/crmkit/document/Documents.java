package dev.crmkit.document;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.DocumentId;
import java.io.InputStream;
import java.util.List;

/**
 * Documents of the accounts in the actor's scope. The size of a document is limited (20 MiB unless the
 * {@code Crm} was built with another limit); its SHA-256 is computed while it is stored.
 */
public interface Documents {

    /**
     * Attaches a document. A logo must be an image whose bytes match its media type; it replaces the account's
     * previous logo. Only contracts carry validity dates, and {@code validUntil} is not before {@code validFrom}.
     *
     * @param command the account and the document's metadata
     * @param content the bytes, read to the end (the caller closes the stream)
     * @return the stored metadata
     */
    Document attach(AttachDocument command, InputStream content);

    /**
     * Changes a document's title and validity.
     *
     * @param command the document, its title and validity, and the version the caller last saw
     * @return the stored metadata
     */
    Document update(UpdateDocument command);

    /**
     * Removes a document (and its bytes).
     *
     * @param documentId the document
     */
    void remove(DocumentId documentId);

    /**
     * One document's metadata.
     *
     * @param documentId the document
     * @return the metadata
     */
    Document get(DocumentId documentId);

    /**
     * Opens a document's bytes.
     *
     * @param documentId the document
     * @return the metadata and the bytes; close it
     */
    DocumentContent open(DocumentId documentId);

    /**
     * The documents of an account, newest first.
     *
     * @param accountId the account
     * @return the metadata
     */
    List<Document> ofAccount(AccountId accountId);
}
