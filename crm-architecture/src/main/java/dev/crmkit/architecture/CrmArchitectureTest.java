package dev.crmkit.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The architecture test of a module: extend it with an empty class annotated {@link AnalyzeCrmClasses} in the
 * module's tests, and the module's classes are checked against every rule of {@link CrmArchitectureRules}.
 *
 * <pre>{@code
 * @AnalyzeCrmClasses
 * class ArchitectureTest extends CrmArchitectureTest {}
 * }</pre>
 */
public abstract class CrmArchitectureTest {

    /** Every rule of {@link CrmArchitectureRules}. */
    @ArchTest
    public static final ArchTests CRM_RULES = ArchTests.in(CrmArchitectureRules.class);
}
