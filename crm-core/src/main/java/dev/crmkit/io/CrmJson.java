package dev.crmkit.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.JsonException;
import dev.crmkit.common.Messages;
import dev.crmkit.event.DomainEvent;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * JSON reading and writing of CRM Kit's types: every command, every value the API returns (aggregates such as
 * {@code Account} and {@code Card} included), {@code Page}, events and errors. Each instance has its own mapper (no
 * static state) and is thread-safe.
 *
 * <pre>{@code
 * CrmJson json = new CrmJson();
 * CreateUser command = json.readCommand(requestBody, CreateUser.class, actor.locale());
 * String body = json.write(crm.as(actor).users().create(command));
 * }</pre>
 *
 * <p>What {@link #write} writes, {@link #read(String, Class)} reads back equal. Reading skips the fields the type
 * lacks, so a {@code Card}'s JSON reads as an {@code UpdateCard} where the names match; {@link #readCommand} refuses
 * them, as a caller's unknown field is a mistake worth reporting. A failure is a {@link JsonException} (or, for
 * {@link #readCommand}, an {@link InvalidCommandException} naming the field), never another exception.
 */
public final class CrmJson {

    private final ObjectMapper mapper;

    /**
     * The limits of what this reader parses, checked as the text is read, before any value is built: a number of at
     * most {@value #MAX_NUMBER_LENGTH} characters (no amount needs more, and a long one costs more than linear time
     * to convert), strings of at most {@value #MAX_STRING_LENGTH} characters (the longest text a command holds is
     * 65,536), names of at most {@value #MAX_NAME_LENGTH}, and {@value #MAX_NESTING_DEPTH} levels of nesting. A
     * number's exponent is no part of its length: {@code 1e999999999} passes here and is refused by the value it
     * builds ({@link dev.crmkit.common.Money} refuses it before any arithmetic).
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNumberLength(CrmJson.MAX_NUMBER_LENGTH)
            .maxStringLength(CrmJson.MAX_STRING_LENGTH)
            .maxNameLength(CrmJson.MAX_NAME_LENGTH)
            .maxNestingDepth(CrmJson.MAX_NESTING_DEPTH)
            .build();

    private static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_STRING_LENGTH = 1 << 20;
    private static final int MAX_NAME_LENGTH = 1_000;
    private static final int MAX_NESTING_DEPTH = 64;

    /**
     * Creates a reader and writer with CRM Kit's module, ISO-8601 dates, unknown fields refused, and the parsing
     * limits of {@link #LIMITS}; a missing flag is false.
     */
    public CrmJson() {
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
                .addModule(new JavaTimeModule())
                .addModule(new CrmJacksonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build();
    }

    /**
     * Reads a value {@link #write} wrote (or any JSON of that shape). Fields the type lacks are skipped.
     *
     * @param json the JSON text
     * @param type the type, a class
     * @param <T> the type
     * @return the value
     * @throws JsonException naming the JSON path, when the text is not JSON of that type
     */
    public <T> T read(String json, Class<T> type) {
        return read(json, (Type) type);
    }

    /**
     * Reads a value of a generic type ({@code Page<Account>}, {@code List<Card>}), as {@link #read(String, Class)}.
     *
     * @param json the JSON text
     * @param type the type, for instance the generic type of a field or method result
     * @param <T> the type
     * @return the value
     * @throws JsonException naming the JSON path, when the text is not JSON of that type
     */
    public <T> T read(String json, Type type) {
        String name = type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
        if (json == null) {
            throw JsonException.read(name, null, "no text", null);
        }
        try {
            return mapper.readerFor(mapper.getTypeFactory().constructType(type))
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
        } catch (JacksonException e) {
            throw JsonException.read(name, pathOf(e), shortText(e), e);
        } catch (RuntimeException e) {
            // A value's own check that Jackson let through unwrapped.
            throw JsonException.read(name, null, e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Writes a value inside a versioned document, {@code {"version": n, "value": ...}}: what an adapter keeps in a
     * column whose value's shape may change (a saved query), so each row says the shape it was written in.
     *
     * @param version the version of the value's shape, 1 or more
     * @param value the value
     * @return the JSON text
     * @throws JsonException when the value cannot be written
     */
    public String writeVersioned(int version, Object value) {
        return "{\"version\":" + version + ",\"value\":" + write(value) + "}";
    }

    /**
     * Reads the version a document of {@link #writeVersioned} was written in.
     *
     * @param json the JSON text
     * @return its version
     * @throws JsonException when the text is no versioned document
     */
    public int versionOf(String json) {
        JsonNode document = versioned(json);
        return document.get("version").intValue();
    }

    /**
     * Reads the value of a document of {@link #writeVersioned}, written in the current version of its shape.
     *
     * @param json the JSON text
     * @param type the value's type
     * @param <T> the type
     * @return the value
     * @throws JsonException when the text is no versioned document, or its value is not of that type
     */
    public <T> T readVersioned(String json, Class<T> type) {
        return read(versioned(json).get("value").toString(), type);
    }

    private JsonNode versioned(String json) {
        JsonNode document;
        try {
            document = json == null ? null : mapper.readTree(json);
        } catch (JacksonException e) {
            throw JsonException.read("versioned document", pathOf(e), shortText(e), e);
        }
        if (document == null || !document.path("version").isInt() || document.get("version").intValue() < 1
                || !document.has("value")) {
            throw JsonException.read("versioned document", null, "no version and value", null);
        }
        return document;
    }

    /**
     * Reads a command a host received as JSON. Fields left out are {@code null}; the use case then reports
     * the required ones.
     *
     * @param json the JSON text
     * @param type the command record type
     * @param locale the caller's locale, for the messages of bad input
     * @param <T> the command type
     * @return the command
     * @throws InvalidCommandException naming the field, in the caller's locale, when the JSON is malformed,
     *     names an unknown field, or holds a value of the wrong type (an unknown enum text, a malformed id)
     */
    public <T> T readCommand(String json, Class<T> type, Locale locale) {
        if (json == null) {
            throw (InvalidCommandException) InvalidCommandException.single("command", "NotNull").localize(locale);
        }
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw (InvalidCommandException) badInput(type.getSimpleName(), e).localize(locale);
        }
    }

    /**
     * Reads a JSON array of strings, as an adapter keeps a list of texts in one column ({@code ["ana@acme.com"]}).
     * The text is streamed, not bound to a type: an account page reads two such lists per account, and data binding
     * (a context and a parser set up per value) cost more than the rest of reading the account's columns.
     *
     * @param json the JSON text: an array whose elements are all strings
     * @return the strings, in order, unmodifiable
     * @throws JsonException when the text is not such an array; the message leaves the text out, as it holds
     *     personal data
     */
    public List<String> readTexts(String json) {
        if (json == null) {
            throw JsonException.read("texts", null, "JSON array of texts expected, found none", null);
        }
        List<String> plain = plainTexts(json);
        return plain != null ? plain : parsedTexts(json);
    }

    /**
     * The texts of an array as {@link #write} writes it when no text needs an escape ({@code ["a","b"]}: no blank
     * between tokens, no quote, backslash or control character inside a text), or {@code null} for any other text,
     * which Jackson then reads. Jackson's parser costs more to set up than such a short array costs to scan.
     */
    static List<String> plainTexts(String json) {
        int end = json.length() - 1;
        if (end < 1 || json.charAt(0) != '[' || json.charAt(end) != ']') {
            return null;
        }
        if (end == 1) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(2);
        int i = 1;
        while (true) {
            if (json.charAt(i) != '"') {
                return null;
            }
            int close = i + 1;
            for (char ch; close < end && (ch = json.charAt(close)) != '"'; close++) {
                if (ch == '\\' || ch < 0x20) {
                    return null;
                }
            }
            if (close >= end) {
                return null;
            }
            texts.add(json.substring(i + 1, close));
            if (close + 1 == end) {
                return Collections.unmodifiableList(texts);
            }
            if (json.charAt(close + 1) != ',' || close + 2 >= end) {
                return null;
            }
            i = close + 2;
        }
    }

    /** The texts of the array read by Jackson's streaming parser (no data binding). */
    List<String> parsedTexts(String json) {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw JsonException.read("texts", null, "JSON array of texts expected, found " + parser.currentToken(), null);
            }
            List<String> texts = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    throw JsonException.read("texts", null, "JSON array of texts expected, found " + token, null);
                }
                texts.add(parser.getText());
            }
            if (parser.nextToken() != null) {
                throw JsonException.read("texts", null, "JSON array of texts expected, found more after it", null);
            }
            return Collections.unmodifiableList(texts);
        } catch (IOException e) {
            throw JsonException.read("texts", null, "JSON array of texts unreadable", e);
        }
    }

    /**
     * Writes any CRM Kit value as JSON: a command, a result (an aggregate, a record, a {@code Page} of them), an event,
     * or an error (as its {@link dev.crmkit.common.ErrorReport}).
     *
     * @param value the value
     * @return the JSON text
     * @throws JsonException when the value cannot be written
     */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw JsonException.write(value.getClass().getSimpleName(), pathOf(e), shortText(e), e);
        }
    }

    /**
     * Writes a domain event, with a {@code "type"} property naming its record.
     *
     * @param event the event
     * @return the JSON text
     */
    public String writeEvent(DomainEvent event) {
        try {
            return mapper.writerFor(DomainEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw JsonException.write(event.getClass().getSimpleName(), pathOf(e), shortText(e), e);
        }
    }

    /**
     * Reads a domain event written by {@link #writeEvent(DomainEvent)}.
     *
     * @param json the JSON text
     * @return the event
     * @throws JsonException when the text is not an event
     */
    public DomainEvent readEvent(String json) {
        try {
            return mapper.readValue(json, DomainEvent.class);
        } catch (JsonProcessingException e) {
            throw JsonException.read("DomainEvent", pathOf(e), shortText(e), e);
        }
    }

    private static InvalidCommandException badInput(String command, JacksonException e) {
        if (e instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof InvalidCommandException invalid) {
            String path = path(instantiation);
            return path.isEmpty() ? invalid.as(command) : invalid.within(command, path);
        }
        if (e.getCause() instanceof InvalidCommandException invalid && e instanceof JsonMappingException mapping) {
            return invalid.within(command, path(mapping));
        }
        InvalidCommandException.Builder problem = InvalidCommandException.builder(command);
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem.add(path(unknown), "UnknownField");
        } else if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            Object expected = target != null && target.isEnum()
                    ? Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                    : null;
            problem.add(path(format), "InvalidValue", String.valueOf(format.getValue()),
                    expected == null ? "" : new Messages.Key("violation.ExpectedOneOf", List.of(expected)));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem.add(path(mapping), "InvalidValue", shortText(e), "");
        } else {
            problem.add("command", "MalformedJson", shortText(e));
        }
        return problem.build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String pathOf(JacksonException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = path(mapping);
            return path.isEmpty() ? null : path;
        }
        return null;
    }

    private static String shortText(JacksonException e) {
        String text = e.getOriginalMessage();
        return text == null ? e.getClass().getSimpleName() : text.lines().findFirst().orElse(text);
    }
}
