package dev.crmkit.io.jackson3;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.crmkit.io.CrmJson;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * CRM Kit's types in a Jackson 3 {@code JsonMapper} (Spring Boot 4's default): each value of a {@code dev.crmkit} type
 * (a command, an aggregate, a {@code Page} of them, an error) is written and read by the library's own {@link CrmJson},
 * which speaks Jackson 2, so both Jacksons give the same JSON. The value is handed over as JSON text: written raw into
 * the Jackson 3 output, read from the Jackson 3 input's tree.
 *
 * <p>A value read by this module is a request body: unknown fields are refused and every bad value is reported as an
 * {@code InvalidCommandException} naming its field, in the locale the module is given (the request's, in the Spring
 * Boot starter). A generic type ({@code Page<Account>}) is read as {@link CrmJson#read(String, Type)} reads it.
 */
public final class CrmJackson3Module extends JacksonModule {

    private final CrmJson json;
    private final Supplier<Locale> locale;

    /**
     * A module on its own {@link CrmJson}, reporting bad input in English.
     */
    public CrmJackson3Module() {
        this(new CrmJson(), () -> Locale.ENGLISH);
    }

    /**
     * A module on a given {@link CrmJson}.
     *
     * @param json what writes and reads the values
     * @param locale the locale of the messages of bad input, asked at each read
     */
    public CrmJackson3Module(CrmJson json, Supplier<Locale> locale) {
        this.json = Objects.requireNonNull(json, "json");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String getModuleName() {
        return "crm-kit";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        ValueSerializer<Object> writer = new ValueSerializer<>() {
            @Override
            public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeRawValue(json.write(value));
            }
        };
        context.addSerializers(new Serializers.Base() {
            @Override
            public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription.Supplier beanDesc,
                    JsonFormat.Value formatOverrides) {
                return isCrmKits(type.getRawClass()) ? writer : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription.Supplier beanDesc) {
                return isCrmKits(type.getRawClass()) ? new Reader(type) : null;
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
                return isCrmKits(valueType);
            }
        });
    }

    /** A type of the library (not its enums, which both Jacksons write by name alike). */
    static boolean isCrmKits(Class<?> type) {
        return type.getName().startsWith("dev.crmkit.") && !type.isEnum() && !type.getName().startsWith("dev.crmkit.spring.");
    }

    /** Reads one value of a type through {@link CrmJson}. */
    private final class Reader extends ValueDeserializer<Object> {

        private final JavaType type;

        Reader(JavaType type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = ctxt.readTree(p).toString();
            if (type.containedTypeCount() == 0) {
                return json.readCommand(text, type.getRawClass(), locale.get());
            }
            return json.read(text, reflect(type));
        }
    }

    /** The Java type of a Jackson type, with its type arguments. */
    static Type reflect(JavaType type) {
        if (type.containedTypeCount() == 0) {
            return type.getRawClass();
        }
        Type[] arguments = new Type[type.containedTypeCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = reflect(type.containedType(i));
        }
        return new Generic(type.getRawClass(), arguments);
    }

    /** A parameterized type made from a Jackson type. */
    private record Generic(Class<?> raw, Type[] arguments) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
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
        public boolean equals(Object other) {
            return other instanceof ParameterizedType p && raw.equals(p.getRawType())
                    && Arrays.equals(arguments, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return raw.hashCode() ^ Arrays.hashCode(arguments);
        }

        @Override
        public String toString() {
            return raw.getName() + Arrays.toString(arguments);
        }
    }
}
