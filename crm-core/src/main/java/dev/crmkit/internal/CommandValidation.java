package dev.crmkit.internal;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Validates commands: first the limits of {@link InputCheck} on every value the command holds, then Bean
 * Validation, with messages every supported locale can render.
 *
 * <p>The messages come from the library's own {@code dev/crmkit/ValidationMessages*.properties} (so a host's
 * own {@code ValidationMessages.properties} neither hides nor is hidden by them). Hibernate Validator's
 * interpolation context only lives during validation, so the validator's interpolator renders each message in
 * all three supported locales at once; the violation then shows whichever the error is localized to.
 */
public final class CommandValidation {

    /** The base name of the library's Bean Validation messages. */
    public static final String VALIDATION_BUNDLE = "dev.crmkit.ValidationMessages";

    private static final List<Locale> LOCALES = List.of(Locale.ROOT, Messages.PORTUGUESE_BRAZIL, Messages.SPANISH);
    private static final String SEPARATOR = "\u001F";

    private final Validator validator;

    /** Validates commands with the validators of a factory. */
    public CommandValidation(ValidatorFactory factory) {
        MessageInterpolator base =
                new ResourceBundleMessageInterpolator(new PlatformResourceBundleLocator(VALIDATION_BUNDLE));
        // Every property is reachable: commands are records, never persistence-managed objects, and the default
        // resolver (with JPA on the class path) asked the persistence provider about each property of each import row.
        this.validator = factory.usingContext().messageInterpolator(new EveryLocale(base)).traversableResolver(new AllReachable())
                .getValidator();
    }

    /**
     * Validates a command.
     *
     * @param command the command
     * @throws InvalidCommandException with every violation when the command is invalid: the values beyond their
     *     limits alone when there are any, otherwise every Bean Validation violation
     */
    public void validate(Object command) {
        if (command == null) {
            throw InvalidCommandException.single("command", "NotNull");
        }
        InvalidCommandException.Builder limits = InvalidCommandException.builder(command.getClass().getSimpleName());
        InputCheck.check(command, limits);
        limits.throwIfAny();
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return;
        }
        InvalidCommandException.Builder problems = InvalidCommandException.builder(command.getClass().getSimpleName());
        for (ConstraintViolation<Object> violation : violations) {
            List<String> rendered = List.of(violation.getMessage().split(SEPARATOR, -1));
            problems.addRendered(path(violation.getPropertyPath()), code(violation),
                    locale -> rendered.get(Math.max(0, LOCALES.indexOf(locale))));
        }
        throw problems.build();
    }

    private static String code(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** Renders a property path the way commands name fields: {@code emails[1]}, {@code address.city}. */
    public static String path(Path path) {
        StringBuilder rendered = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                rendered.append('[').append(position).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!rendered.isEmpty()) {
                    rendered.append('.');
                }
                rendered.append(node.getName());
            }
        }
        return rendered.isEmpty() ? "command" : rendered.toString();
    }

    /** Renders a message in every supported locale, joined by a separator no message contains. */
    private record EveryLocale(MessageInterpolator delegate) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            StringBuilder all = new StringBuilder();
            for (Locale locale : LOCALES) {
                if (!all.isEmpty()) {
                    all.append(SEPARATOR);
                }
                all.append(delegate.interpolate(template, context, locale));
            }
            return all.toString();
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return interpolate(template, context);
        }
    }

    /** Validates every property of a command: a command has no lazily loaded state to skip. */
    private static final class AllReachable implements jakarta.validation.TraversableResolver {

        @Override
        public boolean isReachable(Object traversableObject, jakarta.validation.Path.Node traversableProperty,
                Class<?> rootBeanType, jakarta.validation.Path pathToTraversableObject,
                java.lang.annotation.ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, jakarta.validation.Path.Node traversableProperty,
                Class<?> rootBeanType, jakarta.validation.Path pathToTraversableObject,
                java.lang.annotation.ElementType elementType) {
            return true;
        }
    }
}
