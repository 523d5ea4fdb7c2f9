package dev.crmkit.examples;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.access.CrmUser;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.inmemory.InMemoryCrmStore;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The quick start host program: an internet provider's billing system embedding CRM Kit, printing each
 * step. Run it with {@code ./mvnw -q -pl crm-examples -am compile exec:java}.
 */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Runs the quick start, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the quick start.
     *
     * @param out where to print each step
     */
    public static void run(PrintStream out) {
        // 1. Wire the library: a store (in memory here), and a publisher that receives committed events.
        try (InMemoryCrmStore store = new InMemoryCrmStore();
                Crm crm = Crm.builder()
                        .store(store)
                        .eventPublisher(event -> out.println("   event: " + event.getClass().getSimpleName()
                                + " " + event.aggregate()))
                        .build()) {

            // 2. The host decides which companies it serves: one tenant, with its first administrator.
            out.println("1. Creating tenant 'fibra-sul' with administrator 'marta'");
            crm.tenants().create(new CreateTenant(TenantId.of("fibra-sul"), "Fibra Sul Telecom",
                    ZoneId.of("America/Sao_Paulo"), Locale.forLanguageTag("pt-BR"), "Parceiro",
                    UserId.of("marta"), "Marta Ribeiro"));
            CrmSession marta = crm.as(Actor.of("fibra-sul", "marta"));

            // 3. The administrator parametrizes the catalogs ("cadastros") and registers the sales team.
            out.println("2. Parametrizing catalogs");
            CatalogEntry north = marta.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Vendas Norte"));
            marta.catalogs().create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, "Fibra empresarial"));
            marta.catalogs().createCharacteristicType(new CreateCharacteristicType(
                    "Porte", CharacteristicValueType.CHOICE, List.of("Pequeno", "Médio", "Grande")));
            marta.catalogs().createRelationshipType(new CreateRelationshipType("matriz de", "filial de", true));
            for (CatalogKind kind : List.of(CatalogKind.TEAM, CatalogKind.INTEREST_AREA, CatalogKind.CHARACTERISTIC_TYPE,
                    CatalogKind.RELATIONSHIP_TYPE)) {
                out.println("   " + kind + ": " + marta.catalogs().list(kind).stream().map(CatalogEntry::name).toList());
            }

            out.println("3. Registering users and their access scope");
            marta.users().create(new CreateUser(UserId.of("joao"), "João Lima", north.id(), AccessScope.TEAM, false));
            marta.users().create(new CreateUser(UserId.of("rita"), "Rita Alves", north.id(), AccessScope.PORTFOLIO, false));
            for (CrmUser user : marta.users().list()) {
                out.println("   " + user.displayName() + " sees " + user.accountAccess());
            }

            // 4. Every call acts for one user; errors say what is wrong, field by field, in the user's language.
            out.println("4. Errors name the field, in the actor's language");
            CrmSession joao = crm.as(Actor.of("fibra-sul", "joao"));
            try {
                joao.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Minha equipe"));
            } catch (AccessDeniedException e) {
                out.println("   joao (pt-BR): " + e.getMessage());
            }
            try {
                marta.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, " "));
            } catch (InvalidCommandException e) {
                out.println("   marta (pt-BR): " + e.getMessage());
                out.println("   same error in English: " + e.getMessage(Locale.ENGLISH));
            }
            out.println("Done.");
        }
    }
}
