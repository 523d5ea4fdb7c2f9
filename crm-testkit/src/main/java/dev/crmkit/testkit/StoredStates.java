package dev.crmkit.testkit;

import dev.crmkit.spi.StoredRecords;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Aggregates in the states a repository contract stores, made as an adapter makes them: through
 * {@link StoredRecords}, never through a state transition (those are the use cases' own).
 *
 * <p>{@code StoredStates.of(entry).set("status", AgendaStatus.CONCLUDED).set("concludedAt", at).build()} copies an
 * aggregate with some of its stored fields changed. The field names are those of the {@code StoredRecords} factory
 * of the aggregate, which are the names of the aggregate's accessors; every other field is copied as it is.
 *
 * @param <T> the aggregate type
 */
public final class StoredStates<T> {

    private final T source;
    private final Method factory;
    private final Map<String, Object> changes = new HashMap<>();

    private StoredStates(T source, Method factory) {
        this.source = source;
        this.factory = factory;
    }

    /**
     * Starts a copy of a stored aggregate.
     *
     * @param aggregate the aggregate (an account, a contact, an agenda entry, ...)
     * @param <T> its type
     * @return the copy to change fields of
     */
    public static <T> StoredStates<T> of(T aggregate) {
        for (Method method : StoredRecords.class.getMethods()) {
            if (method.getReturnType() == aggregate.getClass() && method.getParameterCount() > 1) {
                return new StoredStates<>(aggregate, method);
            }
        }
        throw new IllegalStateException("StoredRecords makes no " + aggregate.getClass().getName());
    }

    /**
     * Changes one stored field.
     *
     * @param field the field, as the aggregate's accessor names it
     * @param value the new value ({@code null} for none)
     * @return this copy
     */
    public StoredStates<T> set(String field, Object value) {
        boolean known = false;
        for (Parameter parameter : factory.getParameters()) {
            known |= parameter.getName().equals(field);
        }
        if (!known) {
            throw new IllegalStateException(factory.getName() + " has no field " + field);
        }
        changes.put(field, value);
        return this;
    }

    /** @return the aggregate with the changed fields, at the source's version */
    @SuppressWarnings("unchecked")
    public T build() {
        Parameter[] parameters = factory.getParameters();
        Object[] args = new Object[parameters.length];
        try {
            for (int i = 0; i < parameters.length; i++) {
                String name = parameters[i].getName();
                args[i] = changes.containsKey(name) ? changes.get(name) : current(name);
            }
            return (T) factory.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object current(String field) throws ReflectiveOperationException {
        Object value = source.getClass().getMethod(field).invoke(source);
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }
}
