package dev.crmkit.examples.rulecheck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.crmkit.architecture.CrmArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The rules of the package layout fail on the classes they exist to refuse (test classes that break them one way
 * each), and pass on a host that keeps to the API: none of them holds only because nothing was there to check.
 */
class CrmArchitectureRulesTest {

    @Test
    void givenAHostThatKeepsToTheApi_whenChecked_thenTheHostRulePasses() {
        assertThatCode(() -> check(CrmArchitectureRules.hostCodeGoesThroughUseCases, HostClasses.GoodHost.class))
                .doesNotThrowAnyException();
    }

    @Test
    void givenAHostThatWiresAService_whenChecked_thenBothInternalRulesFail() {
        assertViolated(CrmArchitectureRules.hostCodeGoesThroughUseCases, HostClasses.WiringHost.class, "AccountWiring");
        assertViolated(CrmArchitectureRules.internalStaysInTheCore, HostClasses.WiringHost.class, "dev.crmkit.internal.Session");
    }

    @Test
    void givenAHostThatAppliesAStateTransition_whenChecked_thenTheHostRuleFails() {
        assertViolated(CrmArchitectureRules.hostCodeGoesThroughUseCases, HostClasses.TransitionHost.class, "LeakyAccount.rename");
        assertViolated(CrmArchitectureRules.hostCodeGoesThroughUseCases, HostClasses.ChangedHost.class, "Changed");
    }

    @Test
    void givenAnAggregateThatLeaksItsTransitionAndFactory_whenChecked_thenTheApiRuleFailsOnBoth() {
        assertViolated(CrmArchitectureRules.capabilitiesExposeOnlyUseCases, dev.crmkit.account.LeakyAccount.class,
                "LeakyAccount.rename");
        assertViolated(CrmArchitectureRules.capabilitiesExposeOnlyUseCases, dev.crmkit.account.LeakyAccount.class,
                "LeakyAccount.reconstitute");
    }

    @Test
    void givenTheLibrarysAggregates_whenChecked_thenTheApiRulePasses() {
        assertThatCode(() -> check(CrmArchitectureRules.capabilitiesExposeOnlyUseCases, dev.crmkit.account.Account.class,
                dev.crmkit.pipeline.Card.class, dev.crmkit.pipeline.Pipeline.class, dev.crmkit.agenda.AgendaEntry.class))
                .doesNotThrowAnyException();
    }

    @Test
    void givenAHostThatReconstitutes_whenChecked_thenTheHostRuleFails() {
        assertViolated(CrmArchitectureRules.hostCodeGoesThroughUseCases, HostClasses.ReconstituteHost.class, "reconstitute");
    }

    @Test
    void givenAHostThatRebuildsAnAggregateThroughStoredRecords_whenChecked_thenTheHostRuleFails() {
        assertViolated(CrmArchitectureRules.hostCodeGoesThroughUseCases, HostClasses.StoredRecordsHost.class, "StoredRecords");
    }

    @Test
    void givenAHostThatWritesThroughARepository_whenChecked_thenTheHostRuleFails() {
        assertViolated(CrmArchitectureRules.hostCodeGoesThroughUseCases, HostClasses.RepositoryHost.class, "AccountRepository");
    }

    @Test
    void givenAWiringWithoutAnInternalParameter_whenChecked_thenTheWiringRuleFails() {
        assertViolated(CrmArchitectureRules.wiringTakesOnlyInternalTypes, dev.crmkit.account.LeakyWiring.class, "LeakyWiring.accounts()");
    }

    @Test
    void givenAPublicService_whenChecked_thenTheServiceRuleFails() {
        assertViolated(CrmArchitectureRules.servicesArePackagePrivate, dev.crmkit.account.PublicAccountService.class,
                "PublicAccountService");
    }

    @Test
    void givenACapabilityThatUsesTheEntryPoint_whenChecked_thenTheCapabilityRuleFails() throws ClassNotFoundException {
        Class<?> user = Class.forName("dev.crmkit.account.EntryPointUser");
        assertViolated(CrmArchitectureRules.capabilitiesStayInTheCore, user, "dev.crmkit.Crm");
    }

    @Test
    void givenAHelperInTheRootPackage_whenChecked_thenTheEntryPointRuleFails() throws ClassNotFoundException {
        Class<?> stray = Class.forName("dev.crmkit.StrayHelper");
        assertViolated(CrmArchitectureRules.rootHoldsOnlyTheEntryPoint, stray, "StrayHelper");
    }

    private static void assertViolated(ArchRule rule, Class<?> type, String detail) {
        assertThatThrownBy(() -> check(rule, type)).isInstanceOf(AssertionError.class).hasMessageContaining(detail);
    }

    private static void check(ArchRule rule, Class<?>... types) {
        JavaClasses classes = new ClassFileImporter().importClasses(types);
        rule.check(classes);
    }
}
