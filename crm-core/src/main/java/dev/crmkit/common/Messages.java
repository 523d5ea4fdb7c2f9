package dev.crmkit.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's own messages (errors and the violations it finds itself), in English, Brazilian Portuguese
 * and Spanish. Bean Validation messages live in {@code dev/crmkit/ValidationMessages*.properties} and are
 * interpolated by Hibernate Validator in the same locales.
 *
 * <p>Never depends on the JVM's default locale: English is the base bundle, looked up as
 * {@link Locale#ROOT}, and a locale the library does not speak falls back to English.
 */
public final class Messages {

    /** The base name of the library's message bundle. */
    public static final String BUNDLE = "dev.crmkit.CrmMessages";

    /** The Brazilian Portuguese locale. */
    public static final Locale PORTUGUESE_BRAZIL = Locale.forLanguageTag("pt-BR");

    /** The Spanish locale. */
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /**
     * The locale the library renders messages in for a requested locale: {@code pt-BR} for any Portuguese,
     * {@code es} for any Spanish, and {@link Locale#ROOT} (English) for everything else, {@code null} included.
     *
     * @param requested the caller's locale, or {@code null}
     * @return one of {@link #PORTUGUESE_BRAZIL}, {@link #SPANISH} or {@link Locale#ROOT}
     */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ROOT;
        }
        return switch (requested.getLanguage()) {
            case "pt" -> PORTUGUESE_BRAZIL;
            case "es" -> SPANISH;
            default -> Locale.ROOT;
        };
    }

    /**
     * Renders a message of the library's bundle. Arguments that are {@link Key}s are rendered first, in the
     * same locale.
     *
     * @param locale the caller's locale ({@code null} means English)
     * @param key the message key
     * @param args the message arguments, as {@link MessageFormat} takes them
     * @return the rendered message; the key itself when the bundle lacks it
     */
    public static String format(Locale locale, String key, Object... args) {
        Locale target = supported(locale);
        MessageFormat prototype = FORMATS.get(target).computeIfAbsent(key, k -> parse(target, k));
        if (prototype == MISSING) {
            return key;
        }
        // A MessageFormat is not safe to share between threads: each use formats with a copy of the parsed one.
        MessageFormat format = (MessageFormat) prototype.clone();
        if (args == null || args.length == 0) {
            return format.format(new Object[0]);
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Key nested ? format(target, nested.key(), nested.args().toArray()) : args[i];
        }
        return format.format(rendered);
    }

    /** Marks a key the bundle lacks. */
    private static final MessageFormat MISSING = new MessageFormat("");

    /**
     * The parsed patterns by supported locale and key: a timeline page renders a line per event, and looking the
     * bundle up and parsing its pattern each time showed in an account profile's CPU samples. The keys are the
     * library's own, so the maps stay small.
     */
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = Map.of(
            Locale.ROOT, new ConcurrentHashMap<>(), PORTUGUESE_BRAZIL, new ConcurrentHashMap<>(), SPANISH, new ConcurrentHashMap<>());

    private static MessageFormat parse(Locale target, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, target, Messages.class.getClassLoader(), NO_FALLBACK);
        try {
            return new MessageFormat(bundle.getString(key), target);
        } catch (MissingResourceException missing) {
            return MISSING;
        }
    }

    /**
     * A message argument that is itself a message of the bundle, rendered in the caller's locale (for example
     * the name of a kind of record).
     *
     * @param key the message key
     * @param args the nested message's own arguments
     */
    public record Key(String key, List<Object> args) {

        /** Checks the key is present and copies the arguments. */
        public Key {
            Ids.required(key, "key");
            args = List.copyOf(args);
        }

        /**
         * A nested message without arguments.
         *
         * @param key the message key
         */
        public Key(String key) {
            this(key, List.of());
        }
    }
}
