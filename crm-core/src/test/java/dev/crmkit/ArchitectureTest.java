package dev.crmkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.crmkit.architecture.CrmArchitectureRules;

@AnalyzeClasses(
        packages = "dev.crmkit",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchTests crmRules = ArchTests.in(CrmArchitectureRules.class);
}
