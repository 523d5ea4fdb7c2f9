package dev.crmkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public record of the library with more than four parts has a builder, so a host never writes a long row of
 * positional arguments (and {@code null}s) to make one: a public static {@code builder(...)} taking the required
 * parts, whose {@code build()} returns the record. Events are left out: the library alone makes them.
 */
class BuildersTest {

    /** Events are written by the library only, inside the use case that records them; a host only reads them. */
    private static final String EVENTS = "dev.crmkit.event";

    /** Records with up to this many parts are short enough for their constructor. */
    private static final int MOST_PARTS_WITHOUT_BUILDER = 4;

    @Test
    void givenEveryPublicRecordWithMoreThanFourParts_whenItsStaticMethodsAreListed_thenOneIsABuilderWhoseBuildReturnsTheRecord() {
        List<Class<?>> records = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.crmkit")
                .stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .filter(type -> type.getRecordComponents().length > MOST_PARTS_WITHOUT_BUILDER)
                .filter(type -> !type.getPackageName().equals(EVENTS))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        List<String> missing = new ArrayList<>();
        for (Class<?> type : records) {
            if (!hasBuilder(type)) {
                missing.add(type.getName() + " (" + type.getRecordComponents().length + " parts)");
            }
        }
        assertThat(records).as("public records with more than four parts").hasSizeGreaterThan(40);
        assertThat(missing)
                .as("records with more than four parts and no public static builder(...) whose build() returns the record;"
                        + " see CONTRIBUTING.md, 'Builders'")
                .isEmpty();
    }

    private static boolean hasBuilder(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals("builder") && Modifier.isStatic(method.getModifiers())) {
                try {
                    Method build = method.getReturnType().getMethod("build");
                    if (build.getReturnType() == type && Modifier.isPublic(method.getReturnType().getModifiers())) {
                        return true;
                    }
                } catch (NoSuchMethodException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
