package dev.crmkit.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The root of every error CRM Kit reports. Unchecked; the set of kinds is closed:
 *
 * <ul>
 *   <li>{@link NotFoundException}: the record does not exist for the actor (an id of another tenant, or of a
 *       record outside the actor's access scope, is reported exactly like an unknown one);
 *   <li>{@link AccessDeniedException}: the actor may not do this (unknown or inactive user, not an admin,
 *       another author's comment);
 *   <li>{@link InvalidCommandException}: bad input, with every violation named by its field path;
 *   <li>{@link ConflictException}: a stale version or a concurrent duplicate;
 *   <li>{@link RuleViolationException}: the input is well-formed but a business rule forbids the operation;
 *   <li>{@link StoreException}: the persistence adapter failed;
 *   <li>{@link JsonException}: a value could not be written as JSON, or JSON read as a type.
 * </ul>
 *
 * <p>Every error has a stable {@link #code()} for programs, names the {@link #field()} it concerns where
 * there is one, and renders its {@link #getMessage() message} in the actor's locale. An operation that
 * fails changes nothing.
 */
public abstract sealed class CrmException extends RuntimeException
        permits NotFoundException,
                AccessDeniedException,
                InvalidCommandException,
                ConflictException,
                RuleViolationException,
                StoreException,
                JsonException {

    private final String code;
    private final String field;
    private final transient Object[] args;
    private volatile Locale locale = Locale.ROOT;

    CrmException(String code, String field, Object[] args, Throwable cause) {
        super(null, cause);
        this.code = code;
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /**
     * The stable, machine-readable code of the error (for example {@code "not-found"} or
     * {@code "access.admin-required"}); it never changes with the locale.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The path of the field of the command or call the error concerns (for example {@code "teamId"} or
     * {@code "emails[1]"}), when there is one.
     *
     * @return the field path
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * The locale {@link #getMessage()} renders in: the actor's, once the error has left the library.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Sets the locale {@link #getMessage()} renders in. The library calls it with the actor's locale before
     * the error reaches the host; a host may call it again to render the same error for someone else.
     *
     * @param newLocale the locale ({@code null} means English)
     * @return this exception
     */
    public CrmException localize(Locale newLocale) {
        this.locale = Messages.supported(newLocale);
        return this;
    }

    /**
     * The message in the given locale, without changing {@link #locale()}.
     *
     * @param target the locale ({@code null} means English)
     * @return the message
     */
    public String getMessage(Locale target) {
        return render(Messages.supported(target));
    }

    @Override
    public String getMessage() {
        return getMessage(locale);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    /**
     * Renders the message in a supported locale. The default renders {@code error.<code>} with the
     * exception's arguments.
     *
     * @param target a supported locale
     * @return the message
     */
    String render(Locale target) {
        return Messages.format(target, "error." + code, args);
    }

    /**
     * The message arguments, for subclasses that render more than one line.
     *
     * @return a copy of the arguments
     */
    Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
