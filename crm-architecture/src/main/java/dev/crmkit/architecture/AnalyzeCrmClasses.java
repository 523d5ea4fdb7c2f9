package dev.crmkit.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's architecture test: it analyzes the module's own classes under {@code dev.crmkit} (not its
 * tests, not its dependencies' jars). Use it on a subclass of {@link CrmArchitectureTest}:
 *
 * <pre>{@code
 * @AnalyzeCrmClasses
 * class ArchitectureTest extends CrmArchitectureTest {}
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AnalyzeClasses(
        packages = "dev.crmkit",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
public @interface AnalyzeCrmClasses {}
