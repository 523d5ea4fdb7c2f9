package dev.crmkit.pipeline;

import java.io.IOException;
import java.io.InputStream;

/**
 * An attachment's metadata and a stream of its bytes; close it when done. Reading to the end checks the bytes
 * against the stored size and SHA-256.
 *
 * @param attachment the metadata
 * @param content the bytes
 */
public record AttachmentContent(Attachment attachment, InputStream content) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
