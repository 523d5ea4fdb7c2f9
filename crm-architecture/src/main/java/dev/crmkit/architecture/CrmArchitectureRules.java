package dev.crmkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The architecture rules of CRM Kit (docs/architecture.md in the repository), executable with ArchUnit.
 *
 * <p>Every module of the project runs them from a test of its own:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.crmkit", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests crmRules = ArchTests.in(CrmArchitectureRules.class);
 * }
 * }</pre>
 *
 * A host that writes its own adapter can run them the same way on its adapter's classes: adapter packages
 * ({@value #ADAPTERS}) must follow the same rules as the ones shipped with the library.
 *
 * <p>The layers, from the inside out:
 *
 * <ul>
 *   <li><b>domain</b>: {@code dev.crmkit.common}, {@code dev.crmkit.event} and the model, commands and use-case
 *       interfaces of one package per capability ({@code access}, {@code catalog}, {@code account}, ...);
 *   <li><b>spi</b>: {@code dev.crmkit.spi}, the outbound ports, which speak domain types only;
 *   <li><b>application</b>: in each capability package, the package-private services that implement its use cases
 *       and the wiring that builds them; {@code dev.crmkit.internal}, the machinery they share (the use-case runner,
 *       the context, guards, cursors, uploads); and the root package {@code dev.crmkit}, the entry point only
 *       ({@code Crm}, {@code CrmBuilder}, {@code CrmSession}, {@code Actor});
 *   <li><b>io</b>: {@code dev.crmkit.io}, the only place that knows Jackson;
 *   <li><b>adapters</b>, the test kit, the examples and the benchmarks outside.
 * </ul>
 *
 * <p><b>Host code</b> (the examples, the benchmarks, and any class outside {@code dev.crmkit}, such as a host that runs
 * these rules on its own classes) reaches the library only through the entry point and the use cases: never the
 * internal machinery, a capability's wiring, a state transition ({@code Changed}), {@code reconstitute}, a
 * repository, a unit of work or the outbox.
 */
public final class CrmArchitectureRules {

    /** Package patterns of the persistence adapters. */
    public static final String ADAPTERS = "dev.crmkit.inmemory.., dev.crmkit.jpa..";

    private static final String ROOT = "dev.crmkit";
    private static final String SPI = "dev.crmkit.spi..";
    private static final String INTERNAL = "dev.crmkit.internal..";
    private static final String COMMON = "dev.crmkit.common..";
    private static final String EVENT = "dev.crmkit.event..";
    private static final String IO = "dev.crmkit.io..";
    private static final String IN_MEMORY = "dev.crmkit.inmemory..";
    private static final String JPA = "dev.crmkit.jpa..";
    private static final String SPRING = "dev.crmkit.spring..";
    private static final String TESTKIT = "dev.crmkit.testkit..";
    private static final String EXAMPLES = "dev.crmkit.examples..";
    private static final String BENCHMARKS = "dev.crmkit.benchmarks..";
    private static final String ARCHITECTURE = "dev.crmkit.architecture..";
    private static final String CHANGED = "dev.crmkit.common.Changed";

    /** The library: everything under {@code dev.crmkit} but the examples, the benchmarks and these rules. */
    private static final DescribedPredicate<JavaClass> LIBRARY =
            resideInAPackage("dev.crmkit..")
                    .and(not(resideInAnyPackage(EXAMPLES, BENCHMARKS, ARCHITECTURE)))
                    .as("library code");

    /** crm-core: the library without the adapters, the Spring Boot starter and the test kit. */
    private static final DescribedPredicate<JavaClass> CORE =
            LIBRARY.and(not(resideInAnyPackage(IN_MEMORY, JPA, SPRING, TESTKIT))).as("crm-core");

    /**
     * The services that implement the use cases, beside their capability's model (with their nested types), and the
     * wiring that builds them: the one part of a capability package that reaches the ports and the internal machinery.
     */
    private static final DescribedPredicate<JavaClass> USE_CASE_SERVICES =
            DescribedPredicate.describe("use-case services", javaClass -> {
                JavaClass top = topLevel(javaClass);
                String name = top.getSimpleName();
                // A command record may be named after a service too (ConvertCardToService).
                return !top.isRecord() && (name.endsWith("Service") || name.endsWith("Services") || name.endsWith("Wiring"));
            });

    /**
     * The domain layer: crm-core without the entry point (root package), the SPI, io, the internal machinery and
     * the use-case services.
     */
    private static final DescribedPredicate<JavaClass> DOMAIN =
            CORE.and(not(resideInAnyPackage(ROOT, SPI, IO, INTERNAL))).and(not(USE_CASE_SERVICES)).as("the domain packages");

    /** The capability packages: crm-core's packages but the entry point, the shared ones and the machinery. */
    private static final DescribedPredicate<JavaClass> CAPABILITIES =
            CORE.and(not(resideInAnyPackage(ROOT, COMMON, EVENT, SPI, IO, INTERNAL))).as("the capability packages");

    /**
     * Host code: the examples, the benchmarks, and every class outside {@code dev.crmkit} (a host that runs these
     * rules on its own classes).
     */
    private static final DescribedPredicate<JavaClass> HOST =
            resideInAnyPackage(EXAMPLES, BENCHMARKS)
                    .or(not(resideInAPackage("dev.crmkit..")))
                    .and(not(resideInAnyPackage("java..", "javax..", "jdk..", "sun..")))
                    .as("host code");

    private CrmArchitectureRules() {}

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass top = javaClass;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    /** crm-core knows nothing of JPA, of Hibernate ORM (the validator is allowed) or of any adapter. */
    @ArchTest
    public static final ArchRule coreIsPersistenceFree =
            noClasses()
                    .that(CORE)
                    .should()
                    .dependOnClassesThat(
                            resideInAnyPackage("jakarta.persistence..", "org.hibernate..", IN_MEMORY, JPA)
                                    .and(not(resideInAPackage("org.hibernate.validator.."))))
                    .as("crm-core imports no jakarta.persistence, no Hibernate ORM and no adapter")
                    .allowEmptyShould(true);

    /** Jackson is an implementation detail of {@code dev.crmkit.io}; everyone else goes through it. */
    @ArchTest
    public static final ArchRule onlyIoUsesJackson =
            noClasses()
                    .that(LIBRARY.and(not(resideInAPackage(IO))))
                    .should()
                    .dependOnClassesThat(resideInAPackage("com.fasterxml.jackson.."))
                    .as("only dev.crmkit.io imports Jackson")
                    .allowEmptyShould(true);

    /** Library code logs through the SLF4J API only; the host picks the binding. */
    @ArchTest
    public static final ArchRule noLoggingImplementations =
            noClasses()
                    .that(LIBRARY)
                    .should()
                    .dependOnClassesThat(
                            resideInAnyPackage(
                                    "ch.qos.logback..", "org.slf4j.simple..", "org.slf4j.impl..", "org.apache.logging.."))
                    .as("library code depends on no logging implementation")
                    .allowEmptyShould(true);

    /** The domain is the centre: it depends on no port, no application service, no io and no adapter. */
    @ArchTest
    public static final ArchRule domainDependsOnNothingOutside =
            noClasses()
                    .that(DOMAIN)
                    .should()
                    .dependOnClassesThat(
                            resideInAnyPackage(SPI, IO, INTERNAL, IN_MEMORY, JPA, TESTKIT)
                                    .or(resideInAPackage(ROOT))
                                    .or(USE_CASE_SERVICES))
                    .as("domain packages depend on no SPI, application service, internal machinery, io or adapter")
                    .allowEmptyShould(true);

    /** The outbound ports speak domain types only. */
    @ArchTest
    public static final ArchRule spiSpeaksDomainTypesOnly =
            noClasses()
                    .that(resideInAPackage(SPI))
                    .should()
                    .dependOnClassesThat(
                            resideInAnyPackage(IO, IN_MEMORY, JPA, TESTKIT, "com.fasterxml..", "jakarta.persistence..")
                                    .or(resideInAPackage(ROOT)))
                    .as("spi depends only on domain types")
                    .allowEmptyShould(true);

    /** An adapter implements the SPI; it never calls the application layer or another adapter. */
    @ArchTest
    public static final ArchRule inMemoryAdapterIsIndependent =
            noClasses()
                    .that(resideInAPackage(IN_MEMORY))
                    .should()
                    .dependOnClassesThat(resideInAnyPackage(JPA, SPRING, TESTKIT).or(resideInAPackage(ROOT)))
                    .as("the in-memory adapter depends on no other adapter, no test kit and no application service")
                    .allowEmptyShould(true);

    /** An adapter implements the SPI; it never calls the application layer or another adapter. */
    @ArchTest
    public static final ArchRule jpaAdapterIsIndependent =
            noClasses()
                    .that(resideInAPackage(JPA))
                    .should()
                    .dependOnClassesThat(resideInAnyPackage(IN_MEMORY, SPRING, TESTKIT).or(resideInAPackage(ROOT)))
                    .as("the JPA adapter depends on no other adapter, no test kit and no application service")
                    .allowEmptyShould(true);

    /** The Spring Boot starter wires the JPA adapter into a host; it depends on no other adapter and no test kit. */
    @ArchTest
    public static final ArchRule springStarterIsIndependent =
            noClasses()
                    .that(resideInAPackage(SPRING))
                    .should()
                    .dependOnClassesThat(resideInAnyPackage(IN_MEMORY, TESTKIT))
                    .as("the Spring Boot starter depends on no in-memory adapter and no test kit")
                    .allowEmptyShould(true);

    /** Examples show the host's view: the entry point and the domain, never the adapter-facing ports. */
    @ArchTest
    public static final ArchRule examplesUseOnlyPublicApi =
            noClasses()
                    .that(resideInAPackage(EXAMPLES))
                    .should()
                    .dependOnClassesThat(
                            resideInAPackage(SPI)
                                    .and(simpleNameEndingWith("Repository")
                                            .or(simpleNameEndingWith("UnitOfWork"))
                                            .or(simpleNameEndingWith("Outbox"))))
                    .as("examples use only the host-facing API, never repositories or units of work")
                    .allowEmptyShould(true);

    /**
     * No cycles between the packages under {@code dev.crmkit}, the root package included. A use-case service sits
     * beside its capability's model and reaches the ports and the internal machinery, which know that model: those
     * edges are the service's, not the model's, and are left out (the services' own dependencies are held by
     * {@link #servicesArePackagePrivate} and {@link #capabilitiesStayInTheCore}).
     */
    @ArchTest
    public static final ArchRule noPackageCycles =
            slices().assignedFrom(new SliceAssignment() {
                        @Override
                        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                            String name = javaClass.getPackageName();
                            if (name.equals(ROOT)) {
                                return SliceIdentifier.of("dev.crmkit");
                            }
                            if (name.startsWith(ROOT + ".")) {
                                String rest = name.substring(ROOT.length() + 1);
                                int dot = rest.indexOf('.');
                                return SliceIdentifier.of(ROOT + "." + (dot < 0 ? rest : rest.substring(0, dot)));
                            }
                            return SliceIdentifier.ignore();
                        }

                        @Override
                        public String getDescription() {
                            return "the packages under dev.crmkit, and dev.crmkit itself";
                        }
                    })
                    .should()
                    .beFreeOfCycles()
                    .ignoreDependency(USE_CASE_SERVICES, DescribedPredicate.alwaysTrue())
                    .allowEmptyShould(true);

    /** The root package holds the entry point only; everything else lives in a capability or the machinery. */
    @ArchTest
    public static final ArchRule rootHoldsOnlyTheEntryPoint =
            classes()
                    .that(resideInAPackage(ROOT).and(JavaClass.Predicates.TOP_LEVEL_CLASSES))
                    .should()
                    .haveNameMatching("dev\\.crmkit\\.(Crm|CrmBuilder|CrmSession|Actor|package-info)")
                    .as("the root package holds only Crm, CrmBuilder, CrmSession and Actor")
                    .allowEmptyShould(true);

    /** The internal machinery is crm-core's own: no adapter, starter, kit, example or host may use it. */
    @ArchTest
    public static final ArchRule internalStaysInTheCore =
            noClasses()
                    .that(not(CORE))
                    .should()
                    .dependOnClassesThat(resideInAPackage(INTERNAL))
                    .as("only crm-core uses dev.crmkit.internal")
                    .allowEmptyShould(true);

    /**
     * A capability's services are package-private: a host reaches them only through the use-case interfaces the
     * entry point hands out.
     */
    @ArchTest
    public static final ArchRule servicesArePackagePrivate =
            classes()
                    .that(CAPABILITIES.and(USE_CASE_SERVICES).and(not(simpleNameEndingWith("Wiring"))))
                    .should()
                    .notBePublic()
                    .as("use-case services are package-private")
                    .allowEmptyShould(true);

    /**
     * A capability's wiring takes only internal types (and host-supplied ports), so nothing outside crm-core can call
     * it without breaking {@link #internalStaysInTheCore}.
     */
    @ArchTest
    public static final ArchRule wiringTakesOnlyInternalTypes =
            methods()
                    .that().areDeclaredInClassesThat(CAPABILITIES.and(simpleNameEndingWith("Wiring")))
                    .and().arePublic()
                    .should(new ArchCondition<JavaMethod>("take a dev.crmkit.internal type") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            boolean internal = method.getRawParameterTypes().stream()
                                    .anyMatch(type -> type.getPackageName().startsWith("dev.crmkit.internal"));
                            if (!internal) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " takes no dev.crmkit.internal type"));
                            }
                        }
                    })
                    .as("every public method of a capability's wiring takes an internal type")
                    .allowEmptyShould(true);

    /**
     * Capabilities and the internal machinery are part of crm-core: they depend on the shared packages, the ports and
     * each other, never on the entry point, io or an adapter.
     */
    @ArchTest
    public static final ArchRule capabilitiesStayInTheCore =
            noClasses()
                    .that(CAPABILITIES.or(resideInAPackage(INTERNAL)))
                    .should()
                    .dependOnClassesThat(resideInAnyPackage(IO, IN_MEMORY, JPA, SPRING, TESTKIT).or(resideInAPackage(ROOT)))
                    .as("capability packages and dev.crmkit.internal depend on no entry point, io or adapter")
                    .allowEmptyShould(true);

    /**
     * Host code reaches nothing that skips a use case: no internal machinery, no wiring, no state transition
     * ({@code Changed} and the methods that return it), no {@code reconstitute} and no {@code StoredRecords} (the
     * adapters' way to rebuild aggregates), no repository, unit of work or outbox.
     */
    @ArchTest
    public static final ArchRule hostCodeGoesThroughUseCases =
            noClasses()
                    .that(HOST)
                    .should()
                    .dependOnClassesThat(resideInAPackage(INTERNAL)
                            .or(resideInAPackage(COMMON).and(simpleName("Changed")))
                            .or(CAPABILITIES.and(simpleNameEndingWith("Wiring")))
                            .or(resideInAPackage(SPI)
                                    .and(simpleNameEndingWith("Repository")
                                            .or(simpleNameEndingWith("UnitOfWork"))
                                            .or(simpleNameEndingWith("Outbox"))
                                            .or(simpleName("StoredRecords")))))
                    .orShould()
                    .callMethodWhere(DescribedPredicate.describe("a state transition or reconstitute", call ->
                            call.getTarget().getName().equals("reconstitute")
                                    || call.getTarget().getRawReturnType().getName().equals(CHANGED)))
                    .as("host code reaches nothing that skips a use case")
                    .allowEmptyShould(true);

    /**
     * A capability's public types offer its use cases and read models, nothing that skips a use case: no public method
     * of a public type in a capability package returns or takes a state transition's result ({@code Changed}), and no
     * {@code reconstitute} factory is public. Transitions are package-private and called by the capability's own
     * services; adapters rebuild aggregates through {@code dev.crmkit.spi.StoredRecords}, to which each capability's
     * wiring hands its package-private factories (docs/decisions/0008-stored-records.md).
     */
    @ArchTest
    public static final ArchRule capabilitiesExposeOnlyUseCases =
            methods()
                    .that().areDeclaredInClassesThat(CAPABILITIES)
                    .and().arePublic()
                    .should(new ArchCondition<JavaMethod>("neither be a state transition nor reconstitute an aggregate") {
                        @Override
                        public void check(JavaMethod method, ConditionEvents events) {
                            if (!method.getOwner().getModifiers().contains(JavaModifier.PUBLIC)) {
                                return;
                            }
                            boolean transition = method.getRawReturnType().getName().equals(CHANGED)
                                    || method.getRawParameterTypes().stream().anyMatch(type -> type.getName().equals(CHANGED));
                            if (transition) {
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " is a public state transition (it returns or takes Changed)"));
                            }
                            if (method.getName().equals("reconstitute")) {
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " is a public reconstitute factory"));
                            }
                        }
                    })
                    .as("capability packages expose no state transition and no reconstitute factory")
                    .allowEmptyShould(true);

    /** Library code reports through exceptions and SLF4J, never by printing. */
    @ArchTest
    public static final ArchRule noStandardStreams =
            noClasses()
                    .that(LIBRARY)
                    .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                    .as("library code does not use System.out or System.err")
                    .allowEmptyShould(true);

    /** Library code logs through SLF4J, never through java.util.logging. */
    @ArchTest
    public static final ArchRule noJavaUtilLogging =
            noClasses()
                    .that(LIBRARY)
                    .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                    .as("library code does not use java.util.logging")
                    .allowEmptyShould(true);

    /** Errors are CrmException subtypes; a generic exception tells the host nothing. */
    @ArchTest
    public static final ArchRule noGenericExceptions =
            noClasses()
                    .that(LIBRARY)
                    .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
                    .as("library code throws no generic Throwable, Exception or RuntimeException")
                    .allowEmptyShould(true);

    /** Bad input is a CrmException naming the field, never a bare IllegalArgumentException. */
    @ArchTest
    public static final ArchRule badInputIsACrmException =
            noClasses()
                    .that(LIBRARY)
                    .should()
                    .callConstructor(IllegalArgumentException.class)
                    .orShould()
                    .callConstructor(IllegalArgumentException.class, String.class)
                    .as("library code reports bad input with a CrmException, not IllegalArgumentException")
                    .allowEmptyShould(true);
}
