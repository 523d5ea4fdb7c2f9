package dev.crmkit.common;

/**
 * A value could not be written as JSON, or JSON could not be read as the type asked for. Thrown by
 * {@code CrmJson} (and the Jackson modules built on it) for everything but a command a caller sent, which is bad
 * input and reported as {@link InvalidCommandException} naming its field.
 */
public final class JsonException extends CrmException {

    /** The code of a value that could not be written. */
    public static final String WRITE = "json.write";

    /** The code of JSON that could not be read as the type asked for. */
    public static final String READ = "json.read";

    private final String type;

    private JsonException(String code, String field, String type, String detail, Throwable cause) {
        super(code, field, new Object[] {type, detail}, cause);
        this.type = type;
    }

    /**
     * A value could not be written.
     *
     * @param type the simple name of the value's type
     * @param field the JSON path where writing failed, or {@code null}
     * @param detail a short, non-localized description of the failure
     * @param cause the JSON library's exception
     * @return the error
     */
    public static JsonException write(String type, String field, String detail, Throwable cause) {
        return new JsonException(WRITE, field, type, detail, cause);
    }

    /**
     * JSON could not be read as a type.
     *
     * @param type the simple name of the type asked for
     * @param field the JSON path where reading failed, or {@code null}
     * @param detail a short, non-localized description of the failure
     * @param cause the JSON library's exception, or {@code null}
     * @return the error
     */
    public static JsonException read(String type, String field, String detail, Throwable cause) {
        return new JsonException(READ, field, type, detail, cause);
    }

    /**
     * The type that was written or asked for.
     *
     * @return its simple name
     */
    public String type() {
        return type;
    }
}
