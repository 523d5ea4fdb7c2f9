package dev.crmkit.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes Jackson write and read CRM Kit's aggregates (final classes with accessors such as {@code id()}, not
 * records) by their stored state, without a Jackson annotation in the domain:
 *
 * <ul>
 *   <li>an aggregate with a (package-private) {@code reconstitute(...)} factory is written as one property per parameter of that
 *       factory, taken from the accessor of the same name, and read back through the factory (the build compiles
 *       with {@code -parameters}, so the names are in the class files);
 *   <li>an aggregate built by a {@code builder()} is written as one property per single-argument method of its
 *       builder that has an accessor of the same name, and read back through that builder's {@code build()}.
 * </ul>
 *
 * Nothing else of an aggregate is written (derived keys such as {@code nameKey()} are not state), and nothing but its
 * components of a record ({@code TaxId.isValid()} is derived). A sealed type of
 * the library ({@code DomainEvent}, {@code Schedule}, {@code AccountAccess}, ...) is written with a {@code "type"}
 * property naming its record, and read back by that name; its records are found from the sealed declarations. Errors
 * are left to the module's own writer. Everything else is left to Jackson's own rules (this introspector extends
 * Jackson's, and answers as it does outside the cases above).
 */
final class StateIntrospector extends JacksonAnnotationIntrospector {

    /** A sealed type's records, named by their simple names in a {@code "type"} property. */
    private static final JsonTypeInfo.Value TYPED_BY_NAME =
            JsonTypeInfo.Value.construct(JsonTypeInfo.Id.NAME, JsonTypeInfo.As.PROPERTY, "type", null, false, null);

    private static final long serialVersionUID = 1L;

    private final transient ClassValue<State> states = new ClassValue<>() {
        @Override
        protected State computeValue(Class<?> type) {
            return State.of(type);
        }
    };

    @Override
    public JsonCreator.Mode findCreatorAnnotation(MapperConfig<?> config, Annotated a) {
        if (a instanceof AnnotatedMethod method && isFactory(method.getAnnotated())) {
            return JsonCreator.Mode.PROPERTIES;
        }
        return super.findCreatorAnnotation(config, a);
    }

    @Override
    public PropertyName findNameForDeserialization(Annotated a) {
        if (a instanceof AnnotatedParameter parameter
                && parameter.getOwner().getMember() instanceof Method method
                && isFactory(method)) {
            return PropertyName.construct(method.getParameters()[parameter.getIndex()].getName());
        }
        if (a instanceof AnnotatedMethod method && method.getParameterCount() == 1) {
            State state = states.get(method.getDeclaringClass());
            if (state.isBuilder() && state.names().contains(method.getName())) {
                return PropertyName.construct(method.getName());
            }
        }
        return super.findNameForDeserialization(a);
    }

    @Override
    public PropertyName findNameForSerialization(Annotated a) {
        if (a instanceof AnnotatedMethod method && method.getParameterCount() == 0 && !method.isStatic()) {
            State state = states.get(method.getDeclaringClass());
            if (state.isAggregate() && state.names().contains(method.getName())) {
                return PropertyName.construct(method.getName());
            }
        }
        return super.findNameForSerialization(a);
    }

    /**
     * A record of the library is its components: a derived {@code isValid()} or {@code getX()} beside them is not
     * written (it would come back as a field the record does not have).
     */
    @Override
    public boolean hasIgnoreMarker(AnnotatedMember m) {
        if (m instanceof AnnotatedMethod method && method.getParameterCount() == 0 && !method.isStatic()) {
            Class<?> owner = method.getDeclaringClass();
            if (owner.isRecord() && owner.getPackageName().startsWith("dev.crmkit") && !isComponent(owner, method.getName())) {
                return true;
            }
        }
        return super.hasIgnoreMarker(m);
    }

    private static boolean isComponent(Class<?> record, String name) {
        for (java.lang.reflect.RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
        State state = states.get(ac.getRawType());
        // Only the state named above: no getX()/isX() and no field of an aggregate or its builder is picked up.
        return state.isAggregate() || state.isBuilder()
                ? checker.with(JsonAutoDetect.Visibility.NONE)
                : super.findAutoDetectVisibility(ac, checker);
    }

    @Override
    public Class<?> findPOJOBuilder(AnnotatedClass ac) {
        State state = states.get(ac.getRawType());
        return state.isAggregate() ? state.builder() : super.findPOJOBuilder(ac);
    }

    @Override
    public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass ac) {
        return states.get(ac.getRawType()).isBuilder() ? new JsonPOJOBuilder.Value("build", "") : super.findPOJOBuilderConfig(ac);
    }

    @Override
    public JsonTypeInfo.Value findPolymorphicTypeInfo(MapperConfig<?> config, Annotated ann) {
        if (ann instanceof AnnotatedClass ac && isTyped(ac.getRawType())) {
            return TYPED_BY_NAME;
        }
        return super.findPolymorphicTypeInfo(config, ann);
    }

    @Override
    public List<NamedType> findSubtypes(Annotated a) {
        if (a instanceof AnnotatedClass ac && isTyped(ac.getRawType()) && ac.getRawType().isSealed()) {
            List<NamedType> leaves = new ArrayList<>();
            collectLeaves(ac.getRawType(), leaves);
            return leaves;
        }
        return super.findSubtypes(a);
    }

    @Override
    public String findTypeName(AnnotatedClass ac) {
        return isTyped(ac.getRawType()) ? ac.getRawType().getSimpleName() : super.findTypeName(ac);
    }

    /** A sealed type of the library, or one of its records: written with its record's name (errors excepted). */
    private static boolean isTyped(Class<?> type) {
        if (Throwable.class.isAssignableFrom(type) || !type.getPackageName().startsWith("dev.crmkit")) {
            return false;
        }
        if (type.isSealed()) {
            return true;
        }
        for (Class<?> parent : type.getInterfaces()) {
            if (isTyped(parent)) {
                return true;
            }
        }
        return type.getSuperclass() != null && isTyped(type.getSuperclass());
    }

    private static void collectLeaves(Class<?> type, List<NamedType> leaves) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collectLeaves(sub, leaves);
            }
        } else {
            leaves.add(new NamedType(type, type.getSimpleName()));
        }
    }

    private boolean isFactory(Method method) {
        return method.getName().equals("reconstitute")
                && Modifier.isStatic(method.getModifiers())
                && states.get(method.getDeclaringClass()).isAggregate()
                && states.get(method.getDeclaringClass()).builder() == null;
    }

    /**
     * What the introspector knows of a class.
     *
     * @param role an aggregate, an aggregate's builder, or neither
     * @param names the state's property names
     * @param builder the aggregate's builder class, or {@code null} when it is reconstituted by its factory
     */
    private record State(Role role, Set<String> names, Class<?> builder) {

        private static final State NONE = new State(Role.NONE, Set.of(), null);

        boolean isAggregate() {
            return role == Role.AGGREGATE;
        }

        boolean isBuilder() {
            return role == Role.BUILDER;
        }

        static State of(Class<?> type) {
            if (!isLibraryClass(type)) {
                return NONE;
            }
            Method factory = declaredStatic(type, "reconstitute", type);
            if (factory != null) {
                Set<String> names = new HashSet<>();
                for (Parameter parameter : factory.getParameters()) {
                    if (!parameter.isNamePresent()) {
                        return NONE;
                    }
                    names.add(parameter.getName());
                }
                return new State(Role.AGGREGATE, Set.copyOf(names), null);
            }
            Method builder = declaredStatic(type, "builder", null);
            if (builder != null && publicBuild(builder.getReturnType(), type)) {
                return new State(Role.AGGREGATE, builderNames(builder.getReturnType(), type), builder.getReturnType());
            }
            Class<?> outer = type.getDeclaringClass();
            if (outer != null && publicBuild(type, outer) && declaredStatic(outer, "builder", type) != null) {
                return new State(Role.BUILDER, builderNames(type, outer), null);
            }
            return NONE;
        }

        /** The single-argument methods of a builder that have an accessor of the same name on the aggregate. */
        private static Set<String> builderNames(Class<?> builder, Class<?> aggregate) {
            Set<String> names = new HashSet<>();
            for (Method setter : builder.getMethods()) {
                if (setter.getParameterCount() == 1 && setter.getReturnType() == builder
                        && !Modifier.isStatic(setter.getModifiers()) && hasAccessor(aggregate, setter.getName())) {
                    names.add(setter.getName());
                }
            }
            return Set.copyOf(names);
        }

        private static boolean hasAccessor(Class<?> type, String name) {
            try {
                Method accessor = type.getMethod(name);
                return !Modifier.isStatic(accessor.getModifiers()) && accessor.getReturnType() != void.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }

        private static boolean publicBuild(Class<?> builder, Class<?> aggregate) {
            try {
                Method build = builder.getMethod("build");
                return build.getReturnType() == aggregate && !Modifier.isStatic(build.getModifiers());
            } catch (NoSuchMethodException e) {
                return false;
            }
        }

        /**
         * A static method of that name returning the given type (any type for {@code null}), or null. An aggregate's
         * {@code reconstitute} and {@code builder} are package-private (a host may not make aggregates); Jackson calls
         * them as it calls the builders' private constructors, overriding the access check, which it does by default.
         */
        private static Method declaredStatic(Class<?> type, String name, Class<?> returns) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()
                        && (returns == null ? method.getParameterCount() == 0 : method.getReturnType() == returns)) {
                    return method;
                }
            }
            return null;
        }

        private static boolean isLibraryClass(Class<?> type) {
            return !type.isRecord() && !type.isEnum() && !type.isInterface() && !type.isPrimitive() && !type.isArray()
                    && Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers())
                    && type.getPackageName().startsWith("dev.crmkit");
        }
    }

    private enum Role { NONE, AGGREGATE, BUILDER }
}
