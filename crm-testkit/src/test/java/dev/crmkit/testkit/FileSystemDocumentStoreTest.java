package dev.crmkit.testkit;

import dev.crmkit.io.FileSystemDocumentStore;
import dev.crmkit.spi.DocumentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

class FileSystemDocumentStoreTest extends DocumentStoreContract {

    private static final DocumentStore STORE = create();

    private static DocumentStore create() {
        try {
            return new FileSystemDocumentStore(Files.createTempDirectory("crmkit-fs-store"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected DocumentStore documentStore() {
        return STORE;
    }
}
