package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.common.AccountId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The account profile on PostgreSQL (an account with contacts and relationships both ways), the library beside a
 * JDBC baseline reading the same parts: the account and its responsibles, values and interests; its contacts;
 * its relationships with the other account's name and the type's; its documents; its cards in the pipelines the
 * user may see; its agenda entries; the first page of its timeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AccountProfileBenchmark {

    private CrmSession admin;
    private AccountId account;

    /**
     * Picks an account with contacts and relationships on both sides.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAccounts db) throws SQLException {
        admin = db.as(0);
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select r.to_id from crm_relationship r where r.tenant_id = ?"
                        + " and exists (select 1 from crm_relationship o where o.tenant_id = r.tenant_id and o.from_id = r.to_id)"
                        + " order by r.to_id limit 1")) {
            s.setString(1, Dataset.tenant(0).value());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                account = new AccountId(rs.getObject(1, UUID.class));
            }
        }
    }

    /**
     * @return the profile
     */
    @Benchmark
    public AccountProfile library() {
        return admin.accounts().profile(account);
    }

    /**
     * @param db the database
     * @return every part's rows
     */
    @Benchmark
    public List<List<Object[]>> jdbc(PostgresAccounts db) throws SQLException {
        String tenant = Dataset.tenant(0).value();
        UUID id = account.value();
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            List<List<Object[]>> parts = new ArrayList<>();
            parts.add(Jdbc.rows(c, "select * from crm_user where tenant_id = ? and user_id = ?", tenant, Dataset.user(0).value()));
            parts.add(Jdbc.rows(c, "select * from crm_account where tenant_id = ? and id = ?", tenant, id));
            parts.add(Jdbc.rows(c, "select user_id from crm_account_responsible where tenant_id = ? and account_id = ?", tenant, id));
            parts.add(Jdbc.rows(c, "select * from crm_account_characteristic where tenant_id = ? and account_id = ?", tenant, id));
            parts.add(Jdbc.rows(c, "select * from crm_account_interest where tenant_id = ? and account_id = ?", tenant, id));
            parts.add(Jdbc.rows(c, "select * from crm_contact where tenant_id = ? and account_id = ? order by name_key, id", tenant, id));
            parts.add(Jdbc.rows(c, "select r.*, o.legal_name, t.name from crm_relationship r"
                    + " join crm_account o on o.tenant_id = r.tenant_id and o.id = case when r.from_id = ? then r.to_id else r.from_id end"
                    + " join crm_catalog_entry t on t.tenant_id = r.tenant_id and t.id = r.type_id"
                    + " where r.tenant_id = ? and (r.from_id = ? or r.to_id = ?)", id, tenant, id, id));
            parts.add(Jdbc.rows(c, "select * from crm_document where tenant_id = ? and account_id = ? order by uploaded_at desc, id",
                    tenant, id));
            parts.add(Jdbc.rows(c, "select * from crm_pipeline p where p.tenant_id = ?", tenant));
            parts.add(Jdbc.rows(c, "select * from crm_card where tenant_id = ? and account_id = ? order by updated_at desc, id", tenant, id));
            parts.add(Jdbc.rows(c, "select * from crm_agenda_entry where tenant_id = ? and account_id = ?", tenant, id));
            parts.add(Jdbc.rows(c, "select payload from crm_timeline where tenant_id = ? and account_id = ?"
                    + " order by occurred_at desc, event_id desc limit 20", tenant, id));
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
            return parts;
        }
    }
}
