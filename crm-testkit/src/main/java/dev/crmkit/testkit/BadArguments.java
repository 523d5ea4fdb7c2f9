package dev.crmkit.testkit;

import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.CharacteristicFilter;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.relationship.CreateRelationship;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The arguments of a use-case method with one bad value in them, built by reflection from the method's parameter
 * types: every other value is a plausible one (an id of the world's records, a short text, a day in 2026), and
 * one slot (a parameter, a component of a command at any depth, an element of a list) holds a value no call may
 * accept. Which bad values a slot gets depends only on its type (and, for a cursor, its name), so a new command
 * or a new field is probed without anyone listing it.
 */
final class BadArguments {

    /** How many elements a "huge" list or set holds: more than PostgreSQL's 65,535 bind parameters. */
    static final int HUGE = 70_000;

    /** How many characters a "long" text holds. */
    static final int LONG_TEXT = 200_000;

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    // The ids these commands carry are of the record they create: a new value is valid there, not bad.
    private static final Set<String> CREATED_IDS = Set.of("CreateTenant.tenantId", "CreateTenant.adminId", "CreateUser.userId");

    // Ids in a filter select records: an unknown one selects none, which is an answer, not an error.
    private static final Set<Class<?>> FILTERS = Set.of(AccountQuery.class, BoardFilter.class, CharacteristicFilter.class);

    private BadArguments() {}

    /** The kinds of bad value. */
    enum Kind {
        /** {@code null} for a parameter (a command, an id, a filter, a date range's end). */
        NULL(false),
        /** A text with a NUL character. */
        NUL(true),
        /** A text ending in the first half of a surrogate pair. */
        LONE_HIGH_SURROGATE(true),
        /** A text starting with the second half of a surrogate pair. */
        LONE_LOW_SURROGATE(true),
        /** A text of {@value BadArguments#LONG_TEXT} characters. */
        LONG_TEXT(true),
        /** A list or set of {@value BadArguments#HUGE} elements. */
        HUGE(true),
        /** The smallest date {@code java.time} has. */
        DATE_MIN(true),
        /** The largest date {@code java.time} has. */
        DATE_MAX(true),
        /** The year 999999. */
        DATE_FAR(true),
        /** The last day before the supported range. */
        DATE_EARLY(true),
        /** {@link Integer#MIN_VALUE}. */
        INT_MIN(true),
        /** {@link Integer#MAX_VALUE}. */
        INT_MAX(true),
        /** -1. */
        INT_NEGATIVE(true),
        /** {@code 1e999999999}: ten characters, minutes of arithmetic if anything scaled it. */
        AMOUNT_ABSURD(true),
        /** {@code 1e20}: more integer digits than money has. */
        AMOUNT_LARGE(true),
        /** A cursor written by hand in this library's old, unauthenticated format, with a far-future instant. */
        FORGED_CURSOR(true),
        /** A genuine cursor of the other tenant. */
        FOREIGN_CURSOR(true),
        /** An id of a record of the other tenant. */
        OTHER_TENANTS_ID(false),
        /** An id of no record. */
        UNKNOWN_ID(false),
        /** A version far beyond the record's. */
        STALE_VERSION(false);

        private final boolean shape;

        Kind(boolean shape) {
            this.shape = shape;
        }

        /** @return whether the kind is refused by its shape alone, as invalid input naming its slot */
        boolean shape() {
            return shape;
        }
    }

    /**
     * One step from a parameter to a slot: a record's component (of a concrete record class, for a sealed type's
     * member), or the element of a list or set.
     *
     * @param name the component's name, or {@code null} for an element
     * @param record the record class holding the component, or {@code null} for an element
     * @param list whether the element is a list's (a set's otherwise)
     */
    record Step(String name, Class<?> record, boolean list) {

        String render() {
            return name != null ? "." + name : list ? "[0]" : "[]";
        }
    }

    /**
     * A bad value at a slot of a method's arguments.
     *
     * @param method the method
     * @param parameter the parameter's index
     * @param path the steps from the parameter to the slot
     * @param type the slot's type
     * @param kind the bad value's kind
     */
    record Probe(UseCaseMethod method, int parameter, List<Step> path, Type type, Kind kind) {

        /**
         * The slot's path as an error names it: the parameter's name for a plain argument, the path inside the
         * command for a command's part ({@code details.emails[0]}).
         */
        String field() {
            Parameter p = method.method().getParameters()[parameter];
            if (path.isEmpty()) {
                return p.getName();
            }
            StringBuilder field = new StringBuilder();
            for (Step step : path) {
                field.append(step.render());
            }
            return field.charAt(0) == '.' ? field.substring(1) : field.toString();
        }

        @Override
        public String toString() {
            return method + " " + method.method().getParameters()[parameter].getName()
                    + (path.isEmpty() ? "" : ":" + field()) + " = " + kind;
        }
    }

    /**
     * Every probe of a method.
     *
     * @param method the method
     * @return the probes, in a stable order
     */
    static List<Probe> probes(UseCaseMethod method) {
        List<Probe> probes = new ArrayList<>();
        Parameter[] parameters = method.method().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Type type = parameters[i].getParameterizedType();
            if (raw(type) != String.class && !raw(type).isPrimitive()) {
                probes.add(new Probe(method, i, List.of(), type, Kind.NULL));
            }
            slots(method, i, type, parameters[i].getName(), method.method().getDeclaringClass(), new ArrayList<>(), 0, false, probes);
        }
        return List.copyOf(probes);
    }

    private static void slots(UseCaseMethod method, int parameter, Type type, String name, Class<?> owner, List<Step> path,
            int depth, boolean inFilter, List<Probe> probes) {
        Class<?> raw = raw(type);
        boolean filter = inFilter || FILTERS.contains(raw);
        List<Kind> kinds = new ArrayList<>();
        if (raw == String.class) {
            kinds.addAll(List.of(Kind.NUL, Kind.LONE_HIGH_SURROGATE, Kind.LONE_LOW_SURROGATE, Kind.LONG_TEXT));
            if (name.toLowerCase(Locale.ROOT).endsWith("cursor")) {
                kinds.addAll(List.of(Kind.FORGED_CURSOR, Kind.FOREIGN_CURSOR));
            }
        } else if (raw == LocalDate.class || raw == LocalDateTime.class || raw == Instant.class || raw == YearMonth.class) {
            kinds.addAll(List.of(Kind.DATE_MIN, Kind.DATE_MAX, Kind.DATE_FAR, Kind.DATE_EARLY));
        } else if (raw == int.class || raw == Integer.class) {
            kinds.addAll(List.of(Kind.INT_MIN, Kind.INT_MAX, Kind.INT_NEGATIVE));
        } else if (raw == long.class || raw == Long.class) {
            // A long counts (a case number): the int extremes below zero are out of range, the largest ones are not.
            kinds.addAll(List.of(Kind.INT_MIN, Kind.INT_NEGATIVE));
        } else if (raw == BigDecimal.class) {
            kinds.addAll(List.of(Kind.AMOUNT_ABSURD, Kind.AMOUNT_LARGE));
        } else if (raw == Version.class) {
            kinds.add(Kind.STALE_VERSION);
        } else if (raw == TenantId.class) {
            if (!CREATED_IDS.contains(owner.getSimpleName() + "." + name)) {
                kinds.add(Kind.UNKNOWN_ID);
            }
        } else if (raw == UserId.class || isId(raw)) {
            if (!filter && !CREATED_IDS.contains(owner.getSimpleName() + "." + name)) {
                kinds.addAll(List.of(Kind.OTHER_TENANTS_ID, Kind.UNKNOWN_ID));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            Type element = typeArgument(type, 0);
            if (List.class.isAssignableFrom(raw) || distinct(raw(element))) {
                kinds.add(Kind.HUGE);
            }
            if (depth < 6) {
                List<Step> inner = new ArrayList<>(path);
                inner.add(new Step(null, null, List.class.isAssignableFrom(raw)));
                slots(method, parameter, element, name, owner, inner, depth + 1, filter, probes);
            }
        } else if (raw.isRecord() && depth < 6) {
            for (RecordComponent component : raw.getRecordComponents()) {
                List<Step> inner = new ArrayList<>(path);
                inner.add(new Step(component.getName(), raw, false));
                slots(method, parameter, component.getGenericType(), component.getName(), raw, inner, depth + 1, filter, probes);
            }
        } else if (raw.isInterface() && raw.isSealed() && depth < 6) {
            for (Class<?> member : raw.getPermittedSubclasses()) {
                if (member.isRecord()) {
                    for (RecordComponent component : member.getRecordComponents()) {
                        List<Step> inner = new ArrayList<>(path);
                        inner.add(new Step(component.getName(), member, false));
                        slots(method, parameter, component.getGenericType(), component.getName(), member, inner, depth + 1, filter, probes);
                    }
                }
            }
        }
        for (Kind kind : kinds) {
            probes.add(new Probe(method, parameter, List.copyOf(path), type, kind));
        }
    }

    /**
     * The arguments of a probe: plausible values everywhere, the bad one at its slot.
     *
     * @param probe the probe
     * @param world the tenant called
     * @param other the other tenant
     * @param foreignCursor a genuine cursor of the other tenant
     * @return the arguments
     */
    static Object[] arguments(Probe probe, BadInputWorld world, BadInputWorld other, String foreignCursor) {
        Parameter[] parameters = probe.method().method().getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Type type = parameters[i].getParameterizedType();
            Object plausible = plausible(type, parameters[i].getName(), probe.method().method().getDeclaringClass(), world);
            if (i == probe.parameter()) {
                Object bad = bad(probe, world, other, foreignCursor);
                arguments[i] = with(plausible, type, probe.path(), 0, bad, world);
            } else {
                arguments[i] = plausible;
            }
        }
        return arguments;
    }

    /**
     * The plausible arguments of a method: what {@link #arguments} puts around a bad value.
     *
     * @param method the method
     * @param world the tenant called
     * @return the arguments
     */
    static Object[] plausibleArguments(UseCaseMethod method, BadInputWorld world) {
        Parameter[] parameters = method.method().getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = plausible(parameters[i].getParameterizedType(), parameters[i].getName(),
                    method.method().getDeclaringClass(), world);
        }
        return arguments;
    }

    /** A value put into a plausible value at a path, the records on the way built again around it. */
    private static Object with(Object plausible, Type type, List<Step> path, int at, Object bad, BadInputWorld world) {
        if (at == path.size()) {
            return bad;
        }
        Step step = path.get(at);
        if (step.name() == null) {
            Type elementType = typeArgument(type, 0);
            Object element = plausible instanceof Collection<?> c && !c.isEmpty() ? c.iterator().next()
                    : plausible(elementType, "element", Object.class, world);
            Object replaced = with(element, elementType, path, at + 1, bad, world);
            List<Object> one = new ArrayList<>();
            one.add(replaced);
            return step.list() ? one : new HashSet<>(one);
        }
        Class<?> record = step.record();
        Object current = record.isInstance(plausible) ? plausible : plausible(record, step.name(), record, world);
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = read(components[i], current);
            if (components[i].getName().equals(step.name())) {
                values[i] = with(values[i], components[i].getGenericType(), path, at + 1, bad, world);
            }
        }
        return construct(record, types, values);
    }

    /** The bad value of a probe. */
    private static Object bad(Probe probe, BadInputWorld world, BadInputWorld other, String foreignCursor) {
        Class<?> raw = raw(probe.type());
        return switch (probe.kind()) {
            case NULL -> null;
            case NUL -> "bad\u0000text";
            case LONE_HIGH_SURROGATE -> "bad text \uD83D";
            case LONE_LOW_SURROGATE -> "\uDE00bad text";
            case LONG_TEXT -> "x".repeat(LONG_TEXT);
            case HUGE -> huge(raw, typeArgument(probe.type(), 0), world);
            case DATE_MIN -> date(raw, LocalDate.MIN, LocalDateTime.MIN, Instant.MIN);
            case DATE_MAX -> date(raw, LocalDate.MAX, LocalDateTime.MAX, Instant.MAX);
            case DATE_FAR -> date(raw, LocalDate.of(999_999, 1, 1), LocalDateTime.of(999_999, 1, 1, 10, 0),
                    Instant.parse("+999999-01-01T00:00:00Z"));
            case DATE_EARLY -> date(raw, LocalDate.of(1899, 12, 31), LocalDateTime.of(1899, 12, 31, 10, 0),
                    Instant.parse("1899-12-31T23:59:59Z"));
            case INT_MIN -> Integer.MIN_VALUE;
            case INT_MAX -> Integer.MAX_VALUE;
            case INT_NEGATIVE -> -1;
            case AMOUNT_ABSURD -> new BigDecimal("1e999999999");
            case AMOUNT_LARGE -> new BigDecimal("1e20");
            case FORGED_CURSOR -> forgedCursor(probe.method().method().getName());
            case FOREIGN_CURSOR -> foreignCursor;
            case OTHER_TENANTS_ID -> raw == UserId.class ? BadInputWorld.OTHER_ONLY
                    : raw == CatalogEntryId.class ? other.entries().get(CatalogKind.PRIORITY)
                    : other.id(raw) != null ? other.id(raw) : newId(raw);
            case UNKNOWN_ID -> raw == UserId.class ? UserId.of("ghost-" + UUID.randomUUID())
                    : raw == TenantId.class ? TenantId.of("ghost-" + UUID.randomUUID()) : newId(raw);
            case STALE_VERSION -> Version.of(1_000_000);
        };
    }

    /** A plausible value of a type, with hints from the name of the parameter or component holding it. */
    static Object plausible(Type type, String name, Class<?> owner, BadInputWorld world) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return plausibleText(name, world);
        }
        if (raw == int.class || raw == Integer.class) {
            return switch (name) {
                case "limit", "pageSize", "cardsPerStage" -> 10;
                case "everyDays", "contractNoticeDays" -> 30;
                case "count" -> 2;
                case "index", "stagnantDays", "dayOffset", "creditDays" -> 0;
                default -> 1;
            };
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        // The end of a range comes a month after its start, so the range is in order.
        boolean end = name.equals("to") || name.endsWith("To") || name.endsWith("until") || name.endsWith("Until");
        if (raw == LocalDate.class) {
            return end ? DAY.plusDays(30) : DAY;
        }
        if (raw == LocalDateTime.class) {
            return DAY.atTime(10, 0);
        }
        if (raw == YearMonth.class) {
            return end ? YearMonth.from(DAY).plusMonths(1) : YearMonth.from(DAY);
        }
        if (raw == Instant.class) {
            return end ? CrmKitSupport.START.plus(java.time.Duration.ofDays(30)) : CrmKitSupport.START;
        }
        if (raw == LocalTime.class) {
            // Business hours close after they open.
            return name.equals("closes") ? LocalTime.of(18, 0) : LocalTime.of(10, 0);
        }
        if (raw == ZoneId.class) {
            return ZoneId.of("America/Sao_Paulo");
        }
        if (raw == Locale.class) {
            return Locale.ENGLISH;
        }
        if (raw == Currency.class) {
            return Currency.getInstance("BRL");
        }
        if (raw == BigDecimal.class) {
            return switch (name) {
                // A quote line's: a quantity and a percentage a quote takes.
                case "quantity" -> new BigDecimal("2");
                case "discountPercent" -> new BigDecimal("10");
                // A discount policy's or a limit's percentage.
                case "percent" -> new BigDecimal("5");
                default -> new BigDecimal("1500.00");
            };
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == InputStream.class) {
            return BadInputWorld.bytes();
        }
        if (raw == Version.class) {
            return Version.FIRST;
        }
        if (raw == TenantId.class) {
            return world.tenant().id();
        }
        if (raw == UserId.class) {
            return name.equals("userId") ? UserId.of("bob") : world.tenant().adminId();
        }
        if (raw == AccountId.class) {
            return name.startsWith("to") ? world.secondAccount() : world.id(AccountId.class);
        }
        if (raw == CatalogEntryId.class) {
            return world.entries().get(catalogKind(name, owner));
        }
        if (isId(raw)) {
            Object id = world.id(raw);
            return id != null ? id : newId(raw);
        }
        if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            return new ArrayList<>(List.of(plausible(typeArgument(type, 0), singular(name), owner, world)));
        }
        if (Set.class.isAssignableFrom(raw)) {
            return new HashSet<>(Set.of(plausible(typeArgument(type, 0), singular(name), owner, world)));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of();
        }
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = plausible(components[i].getGenericType(), components[i].getName(), raw, world);
            }
            try {
                return construct(raw, types, values);
            } catch (RuntimeException e) {
                // A value type that checks its parts (a tax id) is left out when its plausible parts do not do.
                return null;
            }
        }
        if (raw.isInterface() && raw.isSealed()) {
            for (Class<?> member : raw.getPermittedSubclasses()) {
                Object value = plausible(member, name, owner, world);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String plausibleText(String name, BadInputWorld world) {
        return switch (name) {
            case "color" -> "#1F6FEB";
            case "mediaType" -> "text/plain";
            case "fileName" -> "notes.txt";
            case "country" -> "BR";
            case "website" -> "https://example.com";
            case "email", "emails" -> "ana@example.com";
            case "phone", "phones", "mobile" -> "+55 11 3333-4444";
            case "templateName" -> world.templateName();
            case "cursor", "text" -> null;
            // A card import row names its account by id: no tax id beside it.
            case "accountTaxCountry", "accountTaxNumber" -> null;
            case "value" -> "Retail";
            default -> "Plausible " + name;
        };
    }

    private static CatalogKind catalogKind(String name, Class<?> owner) {
        return switch (name) {
            case "teamId", "team" -> CatalogKind.TEAM;
            case "areaId" -> CatalogKind.INTEREST_AREA;
            case "characteristicTypeId" -> CatalogKind.CHARACTERISTIC_TYPE;
            case "customerTypeId" -> CatalogKind.CUSTOMER_TYPE;
            case "economicActivityId" -> CatalogKind.ECONOMIC_ACTIVITY;
            case "priceListId" -> CatalogKind.PRICE_LIST;
            case "categoryId", "category" -> CatalogKind.CASE_CATEGORY;
            case "typeId" -> owner == CreateRelationship.class ? CatalogKind.RELATIONSHIP_TYPE : CatalogKind.AGENDA_ENTRY_TYPE;
            default -> CatalogKind.PRIORITY;
        };
    }

    private static String singular(String name) {
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** A list or set of {@value #HUGE} elements: distinct ones for a set, copies of one for a list. */
    private static Object huge(Class<?> collection, Type elementType, BadInputWorld world) {
        Class<?> element = raw(elementType);
        if (List.class.isAssignableFrom(collection) && !distinct(element)) {
            return Collections.nCopies(HUGE, plausible(elementType, "element", Object.class, world));
        }
        Collection<Object> elements = List.class.isAssignableFrom(collection) ? new ArrayList<>(HUGE) : new HashSet<>(HUGE * 2);
        for (int i = 0; i < HUGE; i++) {
            elements.add(element == String.class ? "value " + i : element == UserId.class ? UserId.of("user-" + i) : newId(element));
        }
        return elements;
    }

    /** Whether {@link #huge} can make distinct elements of a type. */
    private static boolean distinct(Class<?> element) {
        return element == String.class || element == UserId.class || isId(element);
    }

    private static Object date(Class<?> type, LocalDate day, LocalDateTime at, Instant instant) {
        return type == LocalDate.class ? day : type == LocalDateTime.class ? at : type == YearMonth.class ? YearMonth.from(day) : instant;
    }

    /**
     * A cursor as this library wrote them before they carried a tag, of the listing a method pages, holding an
     * instant of the year 999999 and a fresh id.
     */
    private static String forgedCursor(String methodName) {
        String id = UUID.randomUUID().toString();
        String far = "+999999-01-01T00:00:00Z";
        return switch (methodName) {
            case "history", "cardHistory" -> unsignedCursor("history", far, id, "0");
            case "directory" -> unsignedCursor("contact", "a", id);
            case "stage" -> unsignedCursor("card", "CREATED_ASC", far, id);
            case "query" -> unsignedCursor("account", "CREATED", "ASC", far, id);
            default -> unsignedCursor("timeline", far, id);
        };
    }

    /**
     * A cursor in the format this library wrote before cursors carried a tag: what a caller who read the format
     * would forge.
     *
     * @param listing the listing's name
     * @param parts the position's parts
     * @return the cursor
     */
    static String unsignedCursor(String listing, String... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(listing);
            out.writeByte(parts.length);
            for (String part : parts) {
                out.writeUTF(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** Whether a type is one of the library's id records: a record named {@code ...Id} holding one UUID. */
    static boolean isId(Class<?> type) {
        return type.isRecord() && type.getSimpleName().endsWith("Id") && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == UUID.class;
    }

    private static Object newId(Class<?> type) {
        return construct(type, new Class<?>[] {UUID.class}, new Object[] {UUID.randomUUID()});
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Calls a record's canonical constructor; what it throws is rethrown as it is. */
    private static Object construct(Class<?> record, Class<?>[] types, Object[] values) {
        try {
            Constructor<?> constructor = record.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
