package dev.crmkit.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document's metadata and a stream of its bytes; close it when done. Reading to the end checks the bytes
 * against the stored SHA-256, and fails with a {@code StoreException} if they were altered.
 *
 * @param document the metadata
 * @param content the bytes
 */
public record DocumentContent(Document document, InputStream content) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
