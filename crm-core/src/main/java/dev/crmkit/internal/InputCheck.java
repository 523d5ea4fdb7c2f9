package dev.crmkit.internal;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Money;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.common.Text;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The limits every input meets before anything else looks at it, checked on every value reachable from a
 * command, so a new command or a new field is covered without anyone remembering:
 *
 * <ul>
 *   <li>a text holds no NUL and no unpaired surrogate ({@link Text#unstorableAt(String)}), and is no longer than
 *       its {@link Size @Size} says, or {@value #MAX_TEXT} characters when it declares none;
 *   <li>a list, set or map holds no more elements than its {@link Size @Size} says, or {@value #MAX_ELEMENTS} when
 *       it declares none;
 *   <li>a date, date-time or instant lies in {@link SupportedDates};
 *   <li>a decimal has at most {@value Money#MAX_PRECISION} significant digits and a scale within
 *       &plusmn;{@value Money#MAX_PRECISION}.
 * </ul>
 *
 * <p>The walk follows record components, elements of collections and maps, and optionals; anything else is a
 * leaf. A command that breaks a limit is refused with these violations alone, before Bean Validation runs its
 * patterns over a text of megabytes or its element constraints over a list of a million ids.
 */
public final class InputCheck {

    /** The most characters of a text that declares no {@link Size @Size} of its own. */
    public static final int MAX_TEXT = 1_000;

    /** The most elements of a list, set or map that declares no {@link Size @Size} of its own. */
    public static final int MAX_ELEMENTS = 1_000;

    /** The code of a text holding a NUL or an unpaired surrogate. */
    public static final String UNSTORABLE = "InvalidCharacters";

    // Records nest a few levels deep (an import's row, its details, their address); a deeper walk is a cycle.
    private static final int MAX_DEPTH = 16;

    private static final ClassValue<List<Part>> PARTS = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            return parts(type);
        }
    };

    private InputCheck() {}

    /**
     * Adds a violation for every value of a command beyond its limits.
     *
     * @param command the command (a record, usually)
     * @param problems where the violations go, with paths as commands name fields ({@code details.emails[1]})
     */
    public static void check(Object command, InvalidCommandException.Builder problems) {
        walk(command, Path.ROOT, Limits.NONE, problems, 0);
    }

    /**
     * Refuses a text argument of a call that takes no command record when it is too long or unstorable.
     *
     * @param value the text ({@code null} passes: whether it is required is another check's business)
     * @param field the argument's name
     * @param max the most characters
     * @return the text
     * @throws InvalidCommandException naming the field
     */
    public static String text(String value, String field, int max) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("input");
        text(value, field, 0, max, problems);
        problems.throwIfAny();
        return value;
    }

    private static void walk(Object value, Path path, Limits limits, InvalidCommandException.Builder problems, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            text(text, path, limits.min(), limits.maxOr(MAX_TEXT), problems);
        } else if (value instanceof Collection<?> elements) {
            if (tooMany(elements.size(), path, limits, problems)) {
                return;
            }
            int i = 0;
            boolean list = elements instanceof List;
            for (Object element : elements) {
                walk(element, path.element(list ? i : -1), limits.element(), problems, depth + 1);
                i++;
            }
        } else if (value instanceof Map<?, ?> map) {
            if (tooMany(map.size(), path, limits, problems)) {
                return;
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(entry.getKey(), path.element(-1), Limits.NONE, problems, depth + 1);
                walk(entry.getValue(), path.key(entry.getKey()), limits.element(), problems, depth + 1);
            }
        } else if (value instanceof Optional<?> optional) {
            walk(optional.orElse(null), path, limits, problems, depth + 1);
        } else if (value instanceof BigDecimal decimal) {
            if (decimal.precision() > Money.MAX_PRECISION || Math.abs(decimal.scale()) > Money.MAX_PRECISION) {
                Digits digits = limits.digits();
                problems.add(path.render(), "Digits", plain(digits == null ? Money.MAX_PRECISION : digits.integer()),
                        plain(digits == null ? Money.MAX_PRECISION : digits.fraction()));
            }
        } else if (SupportedDates.isDate(value)) {
            if (!SupportedDates.contains(value)) {
                SupportedDates.addTo(problems, path.render(), value);
            }
        } else if (value instanceof Record) {
            for (Part part : PARTS.get(value.getClass())) {
                walk(part.read(value), path.component(part.name()), part.limits(), problems, depth + 1);
            }
        }
    }

    /**
     * Adds the violation of a text too long or unstorable.
     *
     * @param text the text ({@code null} passes)
     * @param path its field path
     * @param min the fewest characters its {@link Size} allows (for the message)
     * @param max the most characters
     * @param problems where the violation goes
     */
    public static void text(String text, String path, int min, int max, InvalidCommandException.Builder problems) {
        text(text, Path.ROOT.component(path), min, max, problems);
    }

    private static void text(String text, Path path, int min, int max, InvalidCommandException.Builder problems) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            problems.add(path.render(), "Size", plain(min), plain(max));
        } else if (Text.unstorableAt(text) >= 0) {
            problems.add(path.render(), UNSTORABLE);
        }
    }

    private static boolean tooMany(int size, Path path, Limits limits, InvalidCommandException.Builder problems) {
        int max = limits.maxOr(MAX_ELEMENTS);
        if (size > max) {
            problems.add(path.render(), "Size", plain(limits.min()), plain(max));
            return true;
        }
        return false;
    }

    /** A number as Bean Validation shows a constraint's bounds: digits only ("65536", not "65,536"). */
    private static String plain(int number) {
        return Integer.toString(number);
    }


    /** The components of a record with their declared limits; nothing for a record whose accessors cannot be read. */
    private static List<Part> parts(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>(components.length);
        for (RecordComponent component : components) {
            Method accessor = component.getAccessor();
            if (!accessor.trySetAccessible()) {
                return List.of();
            }
            Size elementSize = null;
            Digits elementDigits = null;
            AnnotatedType returned = accessor.getAnnotatedReturnType();
            if (returned instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
                AnnotatedType element = arguments[arguments.length - 1];
                elementSize = element.getAnnotation(Size.class);
                elementDigits = element.getAnnotation(Digits.class);
            }
            parts.add(new Part(component.getName(), accessor, new Limits(accessor.getAnnotation(Size.class),
                    accessor.getAnnotation(Digits.class), new Limits(elementSize, elementDigits, null))));
        }
        return List.copyOf(parts);
    }

    /**
     * Where a value sits in the command, rendered only when it is named in a violation ({@code details.emails[1]},
     * {@code labels[]} for a set's element, {@code values[key]} for a map's value): a walk over thousands of values
     * builds no text for the ones that are fine.
     *
     * @param parent the path of the value holding this one, or {@code null} for the command itself
     * @param name the component's name, or {@code null} for an element
     * @param index a list element's index, -1 for a set's element
     * @param key a map value's key, or {@code null}
     */
    private record Path(Path parent, String name, int index, Object key) {

        static final Path ROOT = new Path(null, null, -1, null);

        Path component(String component) {
            return new Path(this, component, -1, null);
        }

        Path element(int position) {
            return new Path(this, null, position, null);
        }

        Path key(Object mapKey) {
            return new Path(this, null, -1, mapKey);
        }

        String render() {
            if (parent == null) {
                return "command";
            }
            StringBuilder rendered = new StringBuilder();
            append(rendered);
            return rendered.toString();
        }

        private void append(StringBuilder rendered) {
            if (parent == null) {
                return;
            }
            parent.append(rendered);
            if (name != null) {
                if (!rendered.isEmpty()) {
                    rendered.append('.');
                }
                rendered.append(name);
            } else {
                rendered.append('[').append(key != null ? key : index >= 0 ? Integer.toString(index) : "").append(']');
            }
        }
    }

    /** One component of a record: its name, how to read it, and its limits. */
    private record Part(String name, Method accessor, Limits limits) {

        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException e) {
                return null;
            } catch (InvocationTargetException e) {
                // An accessor of a command record returns a field; one that throws is a bug, not bad input.
                throw new IllegalStateException("the accessor " + accessor + " failed", e.getCause());
            }
        }
    }

    /** The limits a value declares: its own {@link Size}, its {@link Digits}, and those of its elements. */
    private record Limits(Size size, Digits digits, Limits elements) {

        static final Limits NONE = new Limits(null, null, null);

        int min() {
            return size == null ? 0 : size.min();
        }

        int maxOr(int fallback) {
            return size == null ? fallback : size.max();
        }

        Limits element() {
            return elements == null ? NONE : elements;
        }
    }
}
