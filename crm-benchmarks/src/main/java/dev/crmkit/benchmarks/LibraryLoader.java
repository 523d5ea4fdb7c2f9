package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.ImportAccounts;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.MarkInterest;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.relationship.CreateRelationship;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Loads a {@link Dataset} through the library's own API, whatever the store: tenants, teams, users, catalogs,
 * accounts (bulk import), and characteristic values and interests on part of the accounts.
 */
final class LibraryLoader {

    /** How many accounts of each tenant get contacts and a relationship (the profiled ones). */
    static final int PROFILED = 200;

    /** Bumped whenever what is loaded changes: a database loaded by an older loader is not reused. */
    static final int VERSION = 2;

    /** Sizes of the CHOICE characteristic every account may carry. */
    static final List<String> SIZES = List.of("Pequeno", "Médio", "Grande");

    private final Crm crm;
    private final Dataset dataset;

    LibraryLoader(Crm crm, Dataset dataset) {
        this.crm = crm;
        this.dataset = dataset;
    }

    /** What one loaded tenant holds, for the benchmarks to aim their calls. */
    record LoadedTenant(int index, CatalogEntryId size, List<CatalogEntryId> interests, List<AccountId> accounts) {}

    /**
     * Loads every tenant.
     *
     * @return what each tenant holds
     */
    List<LoadedTenant> load() {
        // Tenants are independent partitions of every store: load them side by side.
        List<LoadedTenant> loaded = IntStream.range(0, dataset.tenants()).parallel().mapToObj(this::loadTenant).toList();
        System.gc();
        return loaded;
    }

    private LoadedTenant loadTenant(int t) {
        crm.tenants().create(new CreateTenant(Dataset.tenant(t), "Tenant " + t, ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", Dataset.user(0), "Admin " + t));
        CrmSession admin = crm.as(Actor.of(Dataset.tenant(t), Dataset.user(0)));
        List<CatalogEntryId> teams = new ArrayList<>();
        for (int team = 0; team < 4; team++) {
            teams.add(admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Equipe " + team)).id());
        }
        for (int u = 1; u < dataset.usersPerTenant(); u++) {
            AccessScope scope = dataset.scopeOf(u);
            admin.users().create(new CreateUser(Dataset.user(u), "User " + u, teams.get(dataset.teamOf(u)), scope, false));
        }
        CatalogEntry size = admin.catalogs().createCharacteristicType(
                new CreateCharacteristicType("Porte", CharacteristicValueType.CHOICE, SIZES));
        List<CatalogEntryId> interests = new ArrayList<>();
        for (String area : List.of("Fibra", "TV", "Telefonia", "Nuvem", "Segurança")) {
            interests.add(admin.catalogs().create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, area)).id());
        }
        int total = dataset.accountsOf(t);
        List<AccountId> accounts = new ArrayList<>(total);
        for (int from = 0; from < total; from += ImportAccounts.MAX_ROWS) {
            List<CreateAccount> rows = dataset.accounts(t, from, Math.min(ImportAccounts.MAX_ROWS, total - from));
            accounts.addAll(admin.accounts().importAccounts(new ImportAccounts(rows)));
        }
        SplittableRandom random = new SplittableRandom(dataset.seed() + t);
        for (AccountId account : accounts) {
            if (random.nextInt(3) == 0) {
                admin.accounts().setCharacteristic(new SetCharacteristicValue(account, size.id(), SIZES.get(random.nextInt(3))));
            }
            if (random.nextInt(4) == 0) {
                admin.accounts().markInterest(new MarkInterest(account, interests.get(random.nextInt(interests.size())),
                        random.nextInt(5) == 0 ? InterestKind.DISINTEREST : InterestKind.INTEREST, null));
            }
        }
        // The first accounts get a profile worth reading: three contacts and a relationship to the next one.
        CatalogEntryId branchOf = admin.catalogs().createRelationshipType(
                new CreateRelationshipType("matriz de", "filial de", true)).id();
        for (int i = 0; i < Math.min(PROFILED, accounts.size()); i++) {
            for (int c = 0; c < 3; c++) {
                admin.contacts().add(new AddContact(accounts.get(i), new ContactDetails("Contato " + c + " da conta " + i,
                        c == 0 ? "Compras" : "Financeiro", List.of("contato" + c + "." + i + "@exemplo.com.br"),
                        List.of("+55 11 9" + (1000 + c) + "-" + (1000 + i % 9000)), null)));
            }
            if (i + 1 < accounts.size()) {
                admin.relationships().create(new CreateRelationship(accounts.get(i), accounts.get(i + 1), branchOf, null));
            }
        }
        return new LoadedTenant(t, size.id(), interests, List.copyOf(accounts));
    }
}
