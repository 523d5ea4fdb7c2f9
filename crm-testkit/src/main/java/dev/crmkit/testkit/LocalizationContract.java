package dev.crmkit.testkit;

import static dev.crmkit.testkit.ExpectedMessages.ES;
import static dev.crmkit.testkit.ExpectedMessages.PT_BR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateUser;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import java.time.ZoneId;
import java.util.Locale;
import net.jqwik.api.Example;

/**
 * Errors speak the actor's language (English, Brazilian Portuguese, Spanish; the tenant's default when the
 * actor names none; English for any other), whatever the JVM's default locale, with violations in a stable
 * order.
 */
public abstract class LocalizationContract extends CrmKitSupport {

    @Example
    void givenAPortugueseActor_whenAFieldIsBlank_thenTheViolationIsInPortuguese() {
        TestTenant tenant = newTenant();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.as(tenant.adminId(), PT_BR)
                .catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "   ")));

        assertThat(e.violations()).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(tuple("name", "NotBlank", ExpectedMessages.exact("NotBlank", PT_BR)));
        assertThat(e.getMessage()).contains("inválido").contains("não pode ficar em branco");
        assertThat(e.locale()).isEqualTo(PT_BR);
    }

    @Example
    void givenAnActorWithoutLocale_whenRefused_thenTheTenantDefaultIsUsed() {
        TestTenant spanish = newTenant(ZoneId.of("America/Guayaquil"), ES);
        spanish.addUser("bob", AccessScope.PORTFOLIO);

        AccessDeniedException denied = thrown(AccessDeniedException.class, () -> spanish.as(UserId.of("bob"))
                .catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Norte")));
        InvalidCommandException invalid = thrown(InvalidCommandException.class, () -> spanish.admin()
                .catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "")));

        assertThat(denied.getMessage()).startsWith(ExpectedMessages.fragment("access-denied", ES));
        assertThat(invalid.violations()).extracting(Violation::message)
                .containsExactly(ExpectedMessages.exact("NotBlank", ES));
    }

    @Example
    void givenALocaleTheLibraryDoesNotSpeak_whenRefused_thenItAnswersInEnglish() {
        TestTenant tenant = newTenant();

        NotFoundException e = thrown(NotFoundException.class,
                () -> tenant.as(tenant.adminId(), Locale.FRENCH).catalogs().get(CatalogEntryId.newId()));

        assertThat(e.getMessage()).startsWith(ExpectedMessages.fragment("not-found", Locale.ENGLISH));
        assertThat(e.getMessage(ES)).startsWith(ExpectedMessages.fragment("not-found", ES));
        assertThat(e.getMessage(PT_BR)).startsWith(ExpectedMessages.fragment("not-found", PT_BR));
    }

    @Example
    void givenSeveralViolations_whenRefused_thenTheyComeSortedByPathThenCode() {
        TestTenant tenant = newTenant();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().users()
                .create(new CreateUser(null, " ", null, null, false)));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                tuple("displayName", "NotBlank"), tuple("scope", "NotNull"), tuple("userId", "NotNull"));
        assertThat(e.field()).contains("displayName");
        assertThat(e.violations(PT_BR)).extracting(Violation::message).containsExactly(
                ExpectedMessages.exact("NotBlank", PT_BR), ExpectedMessages.exact("NotNull", PT_BR),
                ExpectedMessages.exact("NotNull", PT_BR));
    }
}
