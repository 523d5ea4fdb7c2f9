package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.agenda.ImportAgendaEntries;
import dev.crmkit.agenda.ImportedAgendaEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One tenant in PostgreSQL with {@code agendaAccounts} accounts and {@code entries} agenda entries over its four
 * users who see every account (a third concluded, schedules spread over four months around the load day, created
 * over the year before), loaded by the first fork and reused by the others.
 *
 * <p>Up to {@value #IMPORTED} entries go through the library's agenda import; beyond that, the imported entries are
 * copied by one {@code insert ... select} (new ids, schedules moved by up to a week), as the board's filler cards
 * are: a million entries through the import would take an hour at the import's measured speed.
 */
@State(Scope.Benchmark)
public class PostgresAgenda {

    /** Agenda entries in the tenant. */
    @Param("1000000")
    public int entries;

    /** Accounts the entries are about. */
    @Param("20000")
    public int agendaAccounts;

    /** Entries loaded through the library's import; the rest are copies made in SQL. */
    static final int IMPORTED = 20_000;

    /** The first day of the created range the export reads. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    Postgres postgres;
    Crm crm;
    DataSource dataSource;

    /** Starts the database and loads the agenda unless an earlier fork did. */
    @Setup(Level.Trial)
    public void start() {
        postgres = Postgres.start("agenda-" + entries + "-" + agendaAccounts);
        dataSource = postgres.dataSource();
        crm = postgres.crm();
        String name = "agenda-" + entries + "-v" + LibraryLoader.VERSION;
        if (!postgres.loaded(name)) {
            load();
            postgres.markLoaded(name);
        }
        long stored = storedEntries();
        if (stored != entries) {
            throw new IllegalStateException("the tenant holds " + stored + " agenda entries, not " + entries);
        }
    }

    private long storedEntries() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from crm_agenda_entry where tenant_id = ?")) {
            s.setString(1, Dataset.tenant(0).value());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }


    CrmSession as(int user) {
        return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(user)));
    }

    private void load() {
        Dataset dataset = new Dataset(Dataset.FULL.seed(), 1, 20, agendaAccounts, 0, 0, 0, entries);
        List<AccountId> accounts = new LibraryLoader(crm, dataset).load().get(0).accounts();
        CrmSession admin = as(0);
        List<CatalogEntryId> types = new ArrayList<>();
        for (String type : List.of("Ligação", "Visita", "E-mail", "Reunião")) {
            types.add(admin.catalogs().create(new CreateCatalogEntry(CatalogKind.AGENDA_ENTRY_TYPE, type)).id());
        }
        SplittableRandom random = new SplittableRandom(dataset.seed());
        LocalDate today = LocalDate.now();
        Instant yearAgo = Instant.now().minus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        List<ImportedAgendaEntry> rows = new ArrayList<>(ImportAgendaEntries.MAX_ROWS);
        int imported = Math.min(entries, IMPORTED);
        for (int i = 0; i < imported; i++) {
            LocalDateTime at = today.plusDays(random.nextInt(120) - 60).atTime(8 + random.nextInt(10), 15 * random.nextInt(4));
            rows.add(new ImportedAgendaEntry(accounts.get(random.nextInt(accounts.size())), null,
                    types.get(random.nextInt(types.size())), "Entrada " + i + ": retornar a ligação sobre a proposta",
                    random.nextInt(10) == 0 ? null : at, random.nextInt(3) == 0, Dataset.user(5 * random.nextInt(4)),
                    yearAgo.plusSeconds(random.nextInt(365 * 86_400))));
            if (rows.size() == ImportAgendaEntries.MAX_ROWS || i == imported - 1) {
                admin.agenda().importEntries(new ImportAgendaEntries(rows));
                rows = new ArrayList<>(ImportAgendaEntries.MAX_ROWS);
            }
        }
        if (entries > imported) {
            copy(entries - imported, imported);
        }
    }

    /** Copies the imported entries in SQL until the tenant holds {@code entries}. */
    private void copy(int extra, int imported) {
        int copies = (extra + imported - 1) / imported;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into crm_agenda_entry (tenant_id, id, account_id, type_id,"
                        + " description, schedule_at, schedule_on, status, user_id, created_by, created_at, modified_at,"
                        + " concluded_at, occurrence, version)"
                        + " select e.tenant_id, gen_random_uuid(), e.account_id, e.type_id, e.description || ' (' || g || ')',"
                        + " e.schedule_at + (g % 7) * interval '1 day', e.schedule_on, e.status, e.user_id, e.created_by,"
                        + " e.created_at, e.modified_at, e.concluded_at, e.occurrence, e.version"
                        + " from crm_agenda_entry e cross join generate_series(1, ?) g where e.tenant_id = ?"
                        + " order by g, e.id limit ?")) {
            s.setInt(1, copies);
            s.setString(2, Dataset.tenant(0).value());
            s.setInt(3, extra);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
