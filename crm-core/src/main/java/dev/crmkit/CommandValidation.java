package dev.crmkit;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Validates commands with Bean Validation, rendering messages in the actor's locale.
 *
 * <p>The messages come from the library's own {@code dev/crmkit/ValidationMessages*.properties} (so a host's
 * own {@code ValidationMessages.properties} neither hides nor is hidden by them), through one validator per
 * supported locale, each with an interpolator pinned to that locale.
 */
final class CommandValidation {

    /** The base name of the library's Bean Validation messages. */
    static final String VALIDATION_BUNDLE = "dev.crmkit.ValidationMessages";

    private final ValidatorFactory factory;
    private final MessageInterpolator interpolator =
            new ResourceBundleMessageInterpolator(new PlatformResourceBundleLocator(VALIDATION_BUNDLE));
    private final ConcurrentMap<Locale, Validator> validators = new ConcurrentHashMap<>();

    CommandValidation(ValidatorFactory factory) {
        this.factory = factory;
    }

    /**
     * Validates a command.
     *
     * @param command the command
     * @param locale the actor's locale
     * @throws InvalidCommandException with every violation when the command is invalid
     */
    void validate(Object command, Locale locale) {
        if (command == null) {
            throw InvalidCommandException.single("command", "NotNull");
        }
        Locale supported = Messages.supported(locale);
        Validator validator = validators.computeIfAbsent(supported, this::validatorFor);
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<Violation> list = violations.stream()
                    .map(v -> new Violation(path(v.getPropertyPath()), code(v), v.getMessage()))
                    .toList();
            throw InvalidCommandException.of(command.getClass().getSimpleName(), list);
        }
    }

    private Validator validatorFor(Locale locale) {
        return factory.usingContext().messageInterpolator(new PinnedLocale(interpolator, locale)).getValidator();
    }

    private static String code(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** Renders a property path the way commands name fields: {@code emails[1]}, {@code address.city}. */
    static String path(Path path) {
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

    /** An interpolator that always renders in one locale, whatever the validator factory's default is. */
    private record PinnedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
