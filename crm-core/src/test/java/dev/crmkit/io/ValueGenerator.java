package dev.crmkit.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Makes a random value of any type of CRM Kit's API, by reflection: records through their canonical constructor,
 * aggregates through their {@code reconstitute} factory or their builder, sealed types through a random leaf,
 * collections, optionals, enums and the JDK's value types directly. A value whose own checks refuse what was
 * generated (a tax id's check digits, say) is generated again, a few times; {@link #SAMPLES} holds valid values for
 * the few types whose invariants random data almost never meets.
 */
final class ValueGenerator {

    /** Valid values for types with invariants that random components rarely satisfy. */
    private final Map<Class<?>, Function<Random, Object>> samples;
    private final Random random;
    private int depth;

    ValueGenerator(Random random, Map<Class<?>, Function<Random, Object>> samples) {
        this.random = random;
        this.samples = samples;
    }

    /**
     * A value of the type.
     *
     * @throws IllegalStateException when no value could be made
     */
    Object generate(Type type) {
        depth++;
        try {
            return make(type);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(type.getTypeName() + " > " + e.getMessage(), e.getCause());
        } finally {
            depth--;
        }
    }

    private Object make(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized(parameterized);
        }
        if (type instanceof WildcardType wildcard) {
            return generate(wildcard.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?>) {
            return text();
        }
        if (type instanceof GenericArrayType) {
            throw new IllegalStateException("no arrays in the API: " + type);
        }
        Class<?> raw = (Class<?>) type;
        Function<Random, Object> sample = samples.get(raw);
        if (sample != null) {
            return sample.apply(random);
        }
        Object plain = plain(raw);
        if (plain != null) {
            return plain;
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (raw.isSealed()) {
            Class<?>[] leaves = raw.getPermittedSubclasses();
            return generate(leaves[random.nextInt(leaves.length)]);
        }
        if (List.class.equals(raw) || Collection.class.equals(raw)) {
            return List.of();
        }
        if (raw.isRecord()) {
            return record(raw, type);
        }
        return aggregate(raw);
    }

    private Object parameterized(ParameterizedType type) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] args = type.getActualTypeArguments();
        if (Optional.class.equals(raw)) {
            return random.nextBoolean() ? Optional.empty() : Optional.of(generate(args[0]));
        }
        if (List.class.equals(raw) || Collection.class.equals(raw)) {
            List<Object> list = new ArrayList<>();
            for (int i = size(); i > 0; i--) {
                list.add(generate(args[0]));
            }
            return List.copyOf(list);
        }
        if (SortedSet.class.equals(raw)) {
            TreeSet<Object> set = new TreeSet<>();
            for (int i = size(); i > 0; i--) {
                set.add(generate(args[0]));
            }
            return set;
        }
        if (Set.class.equals(raw)) {
            Set<Object> set = new LinkedHashSet<>();
            for (int i = size(); i > 0; i--) {
                set.add(generate(args[0]));
            }
            return Set.copyOf(set);
        }
        if (Map.class.equals(raw)) {
            Map<Object, Object> map = new HashMap<>();
            for (int i = size(); i > 0; i--) {
                map.put(generate(args[0]), generate(args[1]));
            }
            return Map.copyOf(map);
        }
        if (raw.isRecord()) {
            return record(raw, type);
        }
        return generate(raw);
    }

    /** Up to three elements near the top, none deep down (a profile of pages of records of lists stays small). */
    private int size() {
        return depth > 4 ? 0 : random.nextInt(depth > 2 ? 2 : 4);
    }

    private Object plain(Class<?> raw) {
        if (raw == String.class || raw == Object.class) {
            return text();
        }
        if (raw == int.class || raw == Integer.class) {
            return random.nextInt(1000);
        }
        if (raw == long.class || raw == Long.class) {
            return (long) random.nextInt(1_000_000);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return random.nextBoolean();
        }
        if (raw == double.class || raw == Double.class) {
            return random.nextInt(10_000) / 8.0;
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(1_000_000), 2);
        }
        if (raw == UUID.class) {
            return new UUID(random.nextLong(), random.nextLong());
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-01-01T00:00:00Z").plus(random.nextInt(1_000_000_000), ChronoUnit.MICROS)
                    .plusSeconds(random.nextInt(100_000_000));
        }
        if (raw == java.time.YearMonth.class) {
            return java.time.YearMonth.of(2020, 1).plusMonths(random.nextInt(120));
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
        }
        if (raw == LocalTime.class) {
            return LocalTime.of(random.nextInt(24), random.nextInt(60));
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000)),
                    LocalTime.of(random.nextInt(24), random.nextInt(60)));
        }
        if (raw == Duration.class) {
            return Duration.ofMinutes(random.nextInt(10_000));
        }
        if (raw == ZoneId.class) {
            return ZoneId.of(List.of("UTC", "America/Sao_Paulo", "America/Guayaquil", "Pacific/Auckland").get(random.nextInt(4)));
        }
        if (raw == Locale.class) {
            return List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("es")).get(random.nextInt(3));
        }
        if (raw == Currency.class) {
            return Currency.getInstance(List.of("BRL", "USD", "EUR").get(random.nextInt(3)));
        }
        return null;
    }

    /** Texts a JSON writer must escape now and then: quotes, backslashes, control characters, non-Latin letters. */
    private String text() {
        String[] texts = {"ACME Ltda", "São Paulo", "x", "Ana \"Bia\" Souza", "back\\slash", "line\nbreak", "日本",
                "emoji 😀", "ñandú", "1 Gbps", "a@b.co", "#1F6FEB"};
        return random.nextInt(3) == 0
                ? texts[random.nextInt(texts.length)]
                : Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }

    private Object record(Class<?> raw, Type type) {
        RecordComponent[] components = raw.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Constructor<?> constructor;
        try {
            constructor = raw.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return retry(raw, () -> {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = component(components[i].getGenericType(), raw, type);
            }
            return constructor.newInstance(args);
        });
    }

    /** A component's value; a type variable of a generic record takes the type argument it was asked with. */
    private Object component(Type componentType, Class<?> raw, Type asked) {
        Type resolved = resolve(componentType, raw, asked);
        return generate(resolved);
    }

    private static Type resolve(Type componentType, Class<?> raw, Type asked) {
        if (!(asked instanceof ParameterizedType parameterized)) {
            return componentType;
        }
        TypeVariable<?>[] variables = raw.getTypeParameters();
        if (componentType instanceof TypeVariable<?> variable) {
            for (int i = 0; i < variables.length; i++) {
                if (variables[i].getName().equals(variable.getName())) {
                    return parameterized.getActualTypeArguments()[i];
                }
            }
        }
        if (componentType instanceof ParameterizedType inner) {
            Type[] args = inner.getActualTypeArguments().clone();
            for (int i = 0; i < args.length; i++) {
                args[i] = resolve(args[i], raw, asked);
            }
            return new Parameterized((Class<?>) inner.getRawType(), args);
        }
        return componentType;
    }

    private Object aggregate(Class<?> raw) {
        Method factory = staticMethod(raw, "reconstitute", raw);
        if (factory != null) {
            return retry(raw, () -> {
                Parameter[] parameters = factory.getParameters();
                Object[] args = new Object[parameters.length];
                for (int i = 0; i < parameters.length; i++) {
                    args[i] = generate(parameters[i].getParameterizedType());
                }
                return factory.invoke(null, args);
            });
        }
        Method builderMethod = staticMethod(raw, "builder", null);
        if (builderMethod != null) {
            return retry(raw, () -> {
                Object builder = builderMethod.invoke(null);
                for (Method setter : builder.getClass().getMethods()) {
                    if (setter.getParameterCount() == 1 && setter.getReturnType() == builder.getClass()
                            && !Modifier.isStatic(setter.getModifiers()) && hasAccessor(raw, setter.getName())) {
                        setter.invoke(builder, generate(setter.getGenericParameterTypes()[0]));
                    }
                }
                return builder.getClass().getMethod("build").invoke(builder);
            });
        }
        throw new IllegalStateException("cannot make a " + raw.getName() + ": neither a record nor an aggregate");
    }

    private static boolean hasAccessor(Class<?> type, String name) {
        try {
            return type.getMethod(name).getReturnType() != void.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Method staticMethod(Class<?> type, String name, Class<?> returns) {
        // Aggregates' reconstitute and builder are package-private: the generator reaches them as Jackson does.
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name) && Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()
                    && (returns == null ? method.getParameterCount() == 0 : method.getReturnType() == returns)) {
                method.setAccessible(true);
                return method;
            }
        }
        return null;
    }

    /** Tries a constructor again while the value's own checks refuse the random components. */
    private Object retry(Class<?> raw, Attempt attempt) {
        RuntimeException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                return attempt.make();
            } catch (InvocationTargetException e) {
                last = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no valid " + raw.getName() + " after 50 attempts; add a sample", last);
    }

    @FunctionalInterface
    private interface Attempt {
        Object make() throws ReflectiveOperationException;
    }

    /** A parameterized type built by hand (a generic record's component with its type argument filled in). */
    record Parameterized(Class<?> raw, Type[] args) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        @Override
        public String getTypeName() {
            StringBuilder name = new StringBuilder(raw.getName()).append('<');
            for (int i = 0; i < args.length; i++) {
                name.append(i == 0 ? "" : ",").append(args[i].getTypeName());
            }
            return name.append('>').toString();
        }
    }
}
