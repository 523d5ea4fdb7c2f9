package dev.crmkit.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bad input: the command (or call) breaks one or more constraints. Every violation names its field path,
 * a stable code and a message in the actor's locale; violations come sorted by path, then code, so the
 * order is stable. Nothing was changed.
 */
public final class InvalidCommandException extends CrmException {

    /** The code of every invalid-command error. */
    public static final String CODE = "invalid-command";

    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::path).thenComparing(Entry::code);

    private final String command;
    private final transient List<Entry> entries;

    private InvalidCommandException(String command, List<Entry> entries) {
        super(CODE, entries.get(0).path(), new Object[] {command}, null);
        this.command = command;
        this.entries = entries;
    }

    /**
     * Bad input with violations already rendered in the caller's locale (Bean Validation's).
     *
     * @param command the command's name (its simple class name)
     * @param violations at least one violation
     * @return the error
     */
    public static InvalidCommandException of(String command, List<Violation> violations) {
        List<Entry> entries = new ArrayList<>();
        for (Violation v : violations) {
            entries.add(new Entry(v.path(), v.code(), locale -> v.message()));
        }
        return create(command, entries);
    }

    /**
     * Bad input with one violation of the library's own, rendered from {@code violation.<code>} in whatever
     * locale the error is shown in.
     *
     * @param path the field path
     * @param code the violation code
     * @param args the message arguments
     * @return the error
     */
    public static InvalidCommandException single(String path, String code, Object... args) {
        return builder("input").add(path, code, args).build();
    }

    /**
     * A builder that gathers several violations of the library's own before throwing them together.
     *
     * @param command the command's name
     * @return the builder
     */
    public static Builder builder(String command) {
        return new Builder(command);
    }

    private static InvalidCommandException create(String command, List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("an invalid command needs at least one violation");
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        return new InvalidCommandException(command, List.copyOf(sorted));
    }

    /**
     * The name of the invalid command.
     *
     * @return its simple class name, or {@code "input"} for a value that is not part of a command
     */
    public String command() {
        return command;
    }

    /**
     * Every violation, sorted by path then code, rendered in {@link #locale()}.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return violations(locale());
    }

    /**
     * Every violation, sorted by path then code, rendered in the given locale.
     *
     * @param target the locale
     * @return the violations
     */
    public List<Violation> violations(Locale target) {
        Locale supported = Messages.supported(target);
        return entries.stream()
                .map(e -> new Violation(e.path(), e.code(), e.renderer().apply(supported)))
                .toList();
    }

    /**
     * Whether some violation concerns the given path.
     *
     * @param path the field path
     * @return {@code true} when a violation names it
     */
    public boolean concerns(String path) {
        return entries.stream().anyMatch(e -> e.path().equals(path));
    }

    /**
     * A copy of this error moved into a command: a value's own check (an id, a tax id) does not know which
     * field of which command held it, so the use case that parsed the value re-homes the error.
     *
     * @param commandName the command's name
     * @param path the path of the value inside the command, which replaces every violation's path
     * @return the new error
     */
    public InvalidCommandException within(String commandName, String path) {
        List<Entry> moved = new ArrayList<>();
        for (Entry e : entries) {
            moved.add(new Entry(path, e.code(), e.renderer()));
        }
        return create(commandName, moved);
    }

    /**
     * The same violations reported as another command's (a value checked inside a command).
     *
     * @param commandName the command's name
     * @return the new error
     */
    public InvalidCommandException as(String commandName) {
        return create(commandName, entries);
    }

    @Override
    String render(Locale target) {
        String details = violations(target).stream()
                .map(v -> v.path() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return Messages.format(target, "error." + CODE, command, details);
    }

    private record Entry(String path, String code, Function<Locale, String> renderer) {}

    /** Gathers violations of the library's own. */
    public static final class Builder {

        private final String command;
        private final List<Entry> entries = new ArrayList<>();

        private Builder(String command) {
            this.command = command;
        }

        /**
         * Adds a violation rendered from {@code violation.<code>}.
         *
         * @param path the field path
         * @param code the violation code
         * @param args the message arguments
         * @return this builder
         */
        public Builder add(String path, String code, Object... args) {
            Object[] copy = args.clone();
            entries.add(new Entry(path, code, locale -> Messages.format(locale, "violation." + code, copy)));
            return this;
        }

        /**
         * Adds a violation whose message the caller renders for any supported locale (Bean Validation's,
         * interpolated in every supported locale while its context was live).
         *
         * @param path the field path
         * @param code the violation code
         * @param renderer the message in a supported locale ({@link Messages#supported(Locale)})
         * @return this builder
         */
        public Builder addRendered(String path, String code, Function<Locale, String> renderer) {
            entries.add(new Entry(path, code, renderer));
            return this;
        }

        /**
         * Adds another builder's violations under a path prefix: a row of a list checked on its own
         * ({@code accounts[3]} + {@code details.taxId}).
         *
         * @param prefix the path of the part the other builder checked
         * @param other the part's violations
         * @return this builder
         */
        public Builder addAll(String prefix, Builder other) {
            for (Entry e : other.entries) {
                entries.add(new Entry(prefix + "." + e.path(), e.code(), e.renderer()));
            }
            return this;
        }

        /**
         * Whether no violation was added.
         *
         * @return {@code true} when the builder is empty
         */
        public boolean isEmpty() {
            return entries.isEmpty();
        }

        /**
         * Builds the error.
         *
         * @return the error
         */
        public InvalidCommandException build() {
            return create(command, entries);
        }

        /**
         * Throws the error when a violation was added.
         *
         * @throws InvalidCommandException when the builder is not empty
         */
        public void throwIfAny() {
            if (!entries.isEmpty()) {
                throw build();
            }
        }
    }
}
