package dev.crmkit.jpa;

import dev.crmkit.common.CrmException;
import dev.crmkit.common.StoreException;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.io.CrmJson;
import java.util.List;
import java.util.Locale;

/** The JSON columns of the adapter, written and read by the core's {@link CrmJson}. */
final class Json {

    private final CrmJson json = new CrmJson();

    String write(Object value) {
        return json.write(value);
    }

    String writeEvent(DomainEvent event) {
        return json.writeEvent(event);
    }

    DomainEvent readEvent(String text) {
        return json.readEvent(text);
    }

    /** Reads a list of texts the adapter wrote as a JSON array (an account's e-mails, its phones). */
    List<String> readTexts(String text) {
        return json.readTexts(text);
    }

    /** Writes a value inside a versioned document ({@link CrmJson#writeVersioned}). */
    String writeVersioned(int version, Object value) {
        return json.writeVersioned(version, value);
    }

    /** Reads a value {@link #writeVersioned} wrote, refusing a version this adapter does not know. */
    <T> T readVersioned(String text, int newest, Class<T> type) {
        try {
            int version = json.versionOf(text);
            if (version > newest) {
                throw new StoreException("JSON column of type " + type.getSimpleName() + " has version " + version
                        + ", newer than " + newest, null);
            }
            return json.readVersioned(text, type);
        } catch (CrmException e) {
            throw new StoreException("JSON column of type " + type.getSimpleName() + " unreadable", e);
        }
    }

    /** Reads a value the adapter wrote; a failure is the adapter's (stored data), not the caller's. */
    <T> T read(String text, Class<T> type) {
        try {
            return json.readCommand(text, type, Locale.ROOT);
        } catch (CrmException e) {
            throw new StoreException("JSON column of type " + type.getSimpleName() + " unreadable", e);
        }
    }
}
