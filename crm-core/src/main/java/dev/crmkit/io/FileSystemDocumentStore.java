package dev.crmkit.io;

import dev.crmkit.common.DocumentId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.spi.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A {@link DocumentStore} on a file system: one folder per tenant under a root, one file per document. A
 * document is written to a temporary file and moved into place, so a reader never sees half of one.
 *
 * <pre>{@code
 * Crm.builder().documentStore(new FileSystemDocumentStore(Path.of("/var/lib/myapp/crm-documents")))
 * }</pre>
 */
public final class FileSystemDocumentStore implements DocumentStore {

    private final Path root;

    /**
     * A store under a folder, created if missing.
     *
     * @param root the folder
     */
    public FileSystemDocumentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new StoreException("creating the document folder " + this.root, e);
        }
    }

    @Override
    public void write(TenantId tenantId, DocumentId documentId, InputStream content) {
        Path target = file(tenantId, documentId);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), documentId.toString(), ".part");
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new StoreException("writing document " + documentId, e);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    @Override
    public InputStream read(TenantId tenantId, DocumentId documentId) {
        try {
            return Files.newInputStream(file(tenantId, documentId));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("document", "documentId", documentId);
        } catch (IOException e) {
            throw new StoreException("reading document " + documentId, e);
        }
    }

    @Override
    public void delete(TenantId tenantId, DocumentId documentId) {
        try {
            Files.deleteIfExists(file(tenantId, documentId));
        } catch (IOException e) {
            throw new StoreException("deleting document " + documentId, e);
        }
    }

    /** Tenant keys are the host's: encoded, they can never climb out of the root. */
    private Path file(TenantId tenantId, DocumentId documentId) {
        String folder = URLEncoder.encode(tenantId.value(), StandardCharsets.UTF_8).replace(".", "%2E");
        return root.resolve(folder).resolve(documentId.toString());
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The write already failed and says so; a leftover temporary file is harmless.
        }
    }
}
