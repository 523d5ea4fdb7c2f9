package dev.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.TaxId;
import dev.crmkit.quote.QuoteNumbering;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.TaskList;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.ErrorReport;
import dev.crmkit.common.Page;
import dev.crmkit.common.StageId;
import dev.crmkit.event.EventRetryPolicy;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Reporter;

/**
 * Every public type of crm-core that a host sends or receives is written as JSON by {@link CrmJson} and read back
 * equal. The types are found by reflection, so a type added later is covered without anyone listing it:
 *
 * <ul>
 *   <li>every public record of {@code dev.crmkit} (commands, results, values, events, the SPI's records);
 *   <li>every type the use-case interfaces (what {@code Crm} and {@code CrmSession} hand out) take or return, with
 *       their type arguments ({@code Page<Account>}, {@code List<Card>}), which brings in the aggregates
 *       ({@code Account}, {@code Card}, ...: final classes, not records);
 *   <li>every {@link CrmException}, as its {@link ErrorReport}.
 * </ul>
 *
 * The records that carry a stream of a document's bytes ({@code DocumentContent}, {@code AttachmentContent}) are left
 * out: their metadata is covered, their bytes are a download.
 */
class JsonRoundTripProperties {

    /** Valid values where random components almost never pass the type's own checks. */
    private static final Map<Class<?>, Function<Random, Object>> SAMPLES = Map.of(
            TaxId.class, random -> List.of(TaxId.of("BR", "11.222.333/0001-81"), TaxId.of("BR", "529.982.247-25"),
                    TaxId.of("EC", "1710034065"), TaxId.of("AR", "20-12345678-9")).get(random.nextInt(4)),
            EventRetryPolicy.class, random -> new EventRetryPolicy(1 + random.nextInt(EventRetryPolicy.MAX_ATTEMPTS),
                    Duration.ofMillis(1 + random.nextInt(60_000)), Duration.ofMinutes(1 + random.nextInt(60))),
            QuoteNumbering.class, random -> new QuoteNumbering(List.of("Q-", "", "ORC/").get(random.nextInt(3)),
                    1 + random.nextInt(18), 1 + random.nextInt(1_000_000)),
            Stage.class, random -> new Stage(StageId.newId(), "Stage " + random.nextInt(1000), "#A1B2C3",
                    random.nextInt(3651), random.nextBoolean() ? null : random.nextInt(101)),
            dev.crmkit.casework.CsatScore.class, random -> dev.crmkit.casework.CsatScore.of(List.of((long) random.nextInt(50),
                    (long) random.nextInt(50), (long) random.nextInt(50), (long) random.nextInt(50), (long) random.nextInt(50))),
            dev.crmkit.casework.SurveyAnswer.class, random -> new dev.crmkit.casework.SurveyAnswer(1 + random.nextInt(5),
                    random.nextBoolean() ? null : random.nextInt(11), random.nextBoolean() ? null : "Comentário " + random.nextInt(99),
                    java.time.Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000))));

    private static final Map<String, Type> TYPES = discover();
    private final CrmJson json = new CrmJson();
    /** A host's own mapper as Jackson makes it (unknown fields refused, dates as numbers), with the module. */
    private final ObjectMapper host = new ObjectMapper().registerModule(new CrmJacksonModule());

    @Property(tries = 20)
    void givenARandomValueOfEveryPublicType_whenWrittenAndReadBack_thenItIsEqual(@ForAll Random random) throws IOException {
        ValueGenerator values = new ValueGenerator(random, SAMPLES);
        for (Type type : TYPES.values()) {
            Object value = values.generate(type);

            String text = json.write(value);
            Object back = json.read(text, type);
            String hostText = host.writeValueAsString(value);
            Object hostBack = host.readValue(hostText, host.getTypeFactory().constructType(type));

            assertThat(back).as("%s from %s", type.getTypeName(), text)
                    .usingRecursiveComparison()
                    .withStrictTypeChecking()
                    .isEqualTo(value);
            assertThat(hostBack).as("%s in a host's mapper from %s", type.getTypeName(), hostText)
                    .usingRecursiveComparison()
                    .withStrictTypeChecking()
                    .isEqualTo(value);
        }
    }

    @Example
    void givenEveryKindOfError_whenWritten_thenItReadsBackAsItsReport() {
        List<CrmException> errors = List.of(
                new dev.crmkit.common.NotFoundException("account", "accountId", "42"),
                dev.crmkit.common.InvalidCommandException.builder("CreateUser").add("displayName", "NotBlank")
                        .add("teamId", "UnknownReference").build(),
                dev.crmkit.common.ConflictException.duplicate("account", "taxId", "x", null),
                new dev.crmkit.common.StoreException("disk full", null),
                dev.crmkit.common.JsonException.read("Card", "labels[0]", "not an id", null));
        List<Class<?>> kinds = errors.stream().<Class<?>>map(Object::getClass).toList();
        assertThat(kinds).as("one sample per kind the test knows; a new kind needs one")
                .containsAll(kindsNotIn(Set.of(dev.crmkit.common.AccessDeniedException.class,
                        dev.crmkit.common.RuleViolationException.class)));

        for (CrmException error : errors) {
            error.localize(java.util.Locale.forLanguageTag("pt-BR"));
            ErrorReport back = json.read(json.write(error), ErrorReport.class);

            assertThat(back).isEqualTo(ErrorReport.of(error));
            assertThat(back.message()).isEqualTo(error.getMessage());
        }
    }

    @Example
    void givenTheDiscoveredTypes_thenTheyIncludeEveryReturnedAggregateAndPage(Reporter reporter) {
        reporter.publishValue("public types of crm-core round-tripped as JSON", String.valueOf(TYPES.size()));
        assertThat(TYPES.values()).contains(Account.class, AccountProfile.class, Card.class, Board.class,
                TaskList.class, Pipeline.class, AgendaEntry.class, Tenant.class, CrmUser.class);
        assertThat(TYPES.values()).anyMatch(t -> t instanceof ParameterizedType p && p.getRawType() == Page.class);
        assertThat(TYPES).hasSizeGreaterThan(150);
    }

    private static Set<Class<?>> kindsNotIn(Set<Class<?>> without) {
        Set<Class<?>> kinds = new java.util.HashSet<>();
        for (Class<?> kind : CrmException.class.getPermittedSubclasses()) {
            if (!without.contains(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** Every public record under dev.crmkit, and what the use-case interfaces take and return. */
    private static Map<String, Type> discover() {
        Map<String, Type> types = new TreeMap<>();
        for (Class<?> type : classesOfCore()) {
            // The internal machinery's records are crm-core's own, never a host's.
            if (type.isRecord() && isPublic(type) && type.getTypeParameters().length == 0 && !holdsBytes(type)
                    && !type.getPackageName().equals("dev.crmkit.internal")) {
                types.put(type.getTypeName(), type);
            }
        }
        Deque<Class<?>> interfaces = new ArrayDeque<>();
        for (Class<?> entry : List.of(Crm.class, CrmSession.class)) {
            for (Method method : entry.getMethods()) {
                if (method.getReturnType().isInterface() && method.getReturnType().getPackageName().startsWith("dev.crmkit.")) {
                    interfaces.add(method.getReturnType());
                }
            }
        }
        Map<String, Type> used = new LinkedHashMap<>();
        for (Class<?> useCases : interfaces) {
            for (Method method : useCases.getMethods()) {
                collect(method.getGenericReturnType(), used);
                for (Type parameter : method.getGenericParameterTypes()) {
                    collect(parameter, used);
                }
            }
        }
        types.putAll(used);
        return types;
    }

    /** A type of the API, and the API types inside its type arguments. */
    private static void collect(Type type, Map<String, Type> into) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, into);
            }
            if (((Class<?>) parameterized.getRawType()).getPackageName().startsWith("dev.crmkit")) {
                into.put(type.getTypeName(), type);
            }
        } else if (type instanceof Class<?> raw && raw.getPackageName().startsWith("dev.crmkit") && !raw.isInterface()
                && raw.getTypeParameters().length == 0 && !raw.isEnum() && !holdsBytes(raw)) {
            into.put(raw.getTypeName(), raw);
        }
    }

    /**
     * A document's or attachment's content is its metadata (covered: {@code Document}, {@code Attachment}) and a
     * stream of its bytes, which a host sends as a download, not as JSON.
     */
    static boolean holdsBytes(Class<?> type) {
        return type.isRecord() && java.util.Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> java.io.InputStream.class.isAssignableFrom(c.getType()));
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** The classes of crm-core's main output (a folder in this build). */
    private static List<Class<?>> classesOfCore() {
        try {
            Path root = Path.of(Crm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("package-info.class"))
                        .sorted(Comparator.naturalOrder())
                        .map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", ""))
                        .map(JsonRoundTripProperties::load)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JsonRoundTripProperties.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
