package dev.crmkit.common;

/**
 * One violation of an {@link InvalidCommandException}.
 *
 * @param path the field path in the command ({@code "displayName"}, {@code "emails[1]"}, {@code "address.country"})
 * @param code the stable code of the constraint ({@code "NotBlank"}, {@code "Size"}, {@code "UnknownReference"}, ...)
 * @param message the message, in the actor's locale
 */
public record Violation(String path, String code, String message) {

    /** Checks every part is present. */
    public Violation {
        if (path == null || code == null || message == null) {
            throw new NullPointerException("a violation needs a path, a code and a message");
        }
    }
}
