package dev.crmkit.jpa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /**
     * Writes a value inside a versioned document, {@code {"version": n, "value": ...}}: a column whose value's shape may
     * change keeps the version each row was written with.
     */
    String writeVersioned(int version, Object value) {
        return "{\"version\":" + version + ",\"value\":" + json.write(value) + "}";
    }

    /** Reads a value {@link #writeVersioned} wrote, refusing a version this adapter does not know. */
    <T> T readVersioned(String text, int newest, Class<T> type) {
        JsonNode document;
        try {
            document = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException("versioned JSON column unreadable", e);
        }
        int version = document.path("version").asInt(-1);
        if (version < 1 || version > newest || !document.has("value")) {
            throw new StoreException("versioned JSON column of type " + type.getSimpleName() + " has version " + version, null);
        }
        return read(document.get("value").toString(), type);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads a value the adapter wrote; a failure is the adapter's (stored data), not the caller's. */
    <T> T read(String text, Class<T> type) {
        try {
            return json.readCommand(text, type, Locale.ROOT);
        } catch (CrmException e) {
            throw new StoreException("JSON column of type " + type.getSimpleName() + " unreadable", e);
        }
    }
}
