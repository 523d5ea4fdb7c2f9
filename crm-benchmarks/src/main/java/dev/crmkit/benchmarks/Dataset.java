package dev.crmkit.benchmarks;

import dev.crmkit.access.AccessScope;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Address;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.PersonKind;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The benchmark data, generated deterministically from a seed: the same seed gives the same tenants, users,
 * accounts and cards on every machine and in every adapter, so a library benchmark and its JDBC baseline read
 * the same rows.
 *
 * @param seed the seed
 * @param tenants how many tenants
 * @param usersPerTenant users in each tenant
 * @param accounts accounts over all tenants
 * @param pipelines pipelines over all tenants
 * @param stagesPerPipeline stages in each pipeline
 * @param cards cards over all pipelines
 * @param agendaEntries agenda entries over all tenants
 */
public record Dataset(long seed, int tenants, int usersPerTenant, int accounts, int pipelines, int stagesPerPipeline,
        int cards, int agendaEntries) {

    /** The sizes: 1M accounts over 10 tenants and 200 users; 1M cards over 50 pipelines of 10 stages. */
    public static final Dataset FULL = new Dataset(20261130L, 10, 20, 1_000_000, 50, 10, 1_000_000, 1_000_000);

    /**
     * The same dataset with another number of accounts (a quick run's smaller sizes).
     *
     * @param count accounts over all tenants
     * @return the dataset
     */
    public Dataset withAccounts(int count) {
        return new Dataset(seed, tenants, usersPerTenant, count, pipelines, stagesPerPipeline, cards, agendaEntries);
    }

    static final List<String> FIRST = List.of("Mercado", "Padaria", "Auto Peças", "Farmácia", "Construtora", "Clínica",
            "Escola", "Hotel", "Restaurante", "Oficina", "Distribuidora", "Transportes", "Comercial", "Indústria", "Agro");
    static final List<String> SECOND = List.of("Bom Preço", "São Jorge", "Horizonte", "Ipê", "Aurora", "Cristal",
            "Estrela", "Guarani", "Jequitibá", "Litoral", "Montanha", "Paraná", "Sertão", "Tropical", "Vitória", "Ômega");
    static final List<String> SUFFIX = List.of("Ltda", "S.A.", "ME", "EIRELI", "& Filhos");
    static final List<String[]> PLACES = List.of(new String[] {"São Paulo", "SP"}, new String[] {"Campinas", "SP"},
            new String[] {"Curitiba", "PR"}, new String[] {"Londrina", "PR"}, new String[] {"Porto Alegre", "RS"},
            new String[] {"Belo Horizonte", "MG"}, new String[] {"Salvador", "BA"}, new String[] {"Recife", "PE"},
            new String[] {"Fortaleza", "CE"}, new String[] {"Goiânia", "GO"});

    /**
     * @param index 0-based
     * @return the tenant's id
     */
    public static TenantId tenant(int index) {
        return TenantId.of("bench-" + index);
    }

    /**
     * @param index 0-based, within its tenant
     * @return the user's id; user 0 administers its tenant
     */
    public static UserId user(int index) {
        return UserId.of("user-" + index);
    }

    /**
     * The access scope of a user: one in five sees everything, the others their team's or their own accounts.
     *
     * @param index 0-based, within its tenant
     * @return the scope
     */
    public AccessScope scopeOf(int index) {
        return index % 5 == 0 ? AccessScope.ALL : index % 2 == 0 ? AccessScope.TEAM : AccessScope.PORTFOLIO;
    }

    /**
     * @param index 0-based, within its tenant
     * @return the team (0..3) of a user
     */
    public int teamOf(int index) {
        return index % 4;
    }

    /**
     * @param tenant 0-based
     * @return how many accounts the tenant holds
     */
    public int accountsOf(int tenant) {
        return accounts / tenants + (tenant < accounts % tenants ? 1 : 0);
    }

    /**
     * The accounts of one tenant, in creation order, as the library's commands (the JDBC loader stores the same).
     *
     * @param tenant 0-based
     * @param from the first account's index within the tenant
     * @param count how many
     * @return the commands
     */
    public List<CreateAccount> accounts(int tenant, int from, int count) {
        List<CreateAccount> rows = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            rows.add(account(tenant, i));
        }
        return rows;
    }

    /**
     * One account: a name from a word list plus its number (so names repeat words but not whole), a place, a
     * classification and status, one or two responsibles and a salesperson.
     *
     * @param tenant 0-based
     * @param index 0-based within the tenant
     * @return the command
     */
    public CreateAccount account(int tenant, int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + tenant * 10_000_019L + index);
        String name = pick(random, FIRST) + " " + pick(random, SECOND) + " " + index + " " + pick(random, SUFFIX);
        String[] place = pick(random, PLACES);
        Set<UserId> responsibles = new LinkedHashSet<>();
        responsibles.add(user(random.nextInt(usersPerTenant)));
        if (random.nextInt(3) == 0) {
            responsibles.add(user(random.nextInt(usersPerTenant)));
        }
        Classification classification = Classification.values()[random.nextInt(4)];
        AccountStatus status = random.nextInt(10) < 7 ? AccountStatus.ACTIVE : AccountStatus.values()[random.nextInt(4)];
        String slug = "conta" + tenant + "x" + index;
        AccountDetails details = new AccountDetails(PersonKind.LEGAL, name, null, null, null,
                List.of(slug + "@exemplo.com.br"), List.of("+55 11 3" + String.format("%03d", index % 1000) + "-" + (1000 + index % 9000)),
                null, null, Address.ofCity(place[0], place[1], "BR"),
                new CustomerProperties(null, null, null, null, true, status, user(random.nextInt(usersPerTenant))), null, null,
                false);
        return new CreateAccount(classification, details, responsibles);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
