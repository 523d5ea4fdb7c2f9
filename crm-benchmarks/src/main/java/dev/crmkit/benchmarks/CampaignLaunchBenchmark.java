package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignKind;
import dev.crmkit.campaign.CampaignPeriod;
import dev.crmkit.campaign.CampaignTarget;
import dev.crmkit.campaign.CreateCampaign;
import dev.crmkit.campaign.LaunchCampaign;
import dev.crmkit.consent.ConsentSettings;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.DeleteSegment;
import dev.crmkit.segment.Segment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Launching a newsletter over a segment on PostgreSQL (target: at least 50% of a JDBC batch's throughput, so time ≤ 2×
 * of it): the library creates a campaign on a segment of every account of a tenant of {@code launchAccounts} (100k in
 * the full run, 10k in the quick one; {@link PostgresLaunch}) and launches it, beside a JDBC
 * baseline writing the same rows ({@link JdbcCampaigns#createAndLaunch}): the campaign and its history, one member per
 * account in one batch, one outbox event per member reached, then the delivery of the events after the commit. The
 * tenant's rule of consent asks no explicit consent during the trial, so every account with an e-mail is reached.
 * Each iteration's campaigns and members are deleted after it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CampaignLaunchBenchmark {

    private static final CampaignPeriod PERIOD = CampaignPeriod.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

    /** The segment's condition as the baseline writes it: the library's query names every status too. */
    private static final String EVERY_STATUS = " and a.status in (" + String.join(", ",
            java.util.Arrays.stream(AccountStatus.values()).map(s -> "'" + s.name() + "'").toList()) + ")";

    private final JdbcCampaigns campaigns = new JdbcCampaigns();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession admin;
    private Segment segment;
    private ConsentSettings before;

    /**
     * Saves the segment and lifts the rule of consent, as the administrator.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresLaunch db) throws SQLException {
        // What an interrupted run may have left.
        delete(db);
        admin = db.as(0);
        before = admin.consents().settings();
        admin.consents().updateSettings(new ConsentSettings(Set.of()));
        segment = admin.segments().create(new CreateSegment("Launch " + UUID.randomUUID(), false, AccountQuery.builder()
                .statuses(List.of(AccountStatus.values())).build()));
    }

    /** Deletes the segment and puts the rule of consent back, so the database stays as loaded. */
    @TearDown(Level.Trial)
    public void restore() {
        admin.segments().delete(DeleteSegment.of(segment));
        admin.consents().updateSettings(before);
    }

    /**
     * Deletes the campaigns the iteration made, with their members and history.
     *
     * @param db the database
     */
    @TearDown(Level.Iteration)
    public void delete(PostgresLaunch db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            for (String table : List.of("crm_campaign_member", "crm_campaign_history", "crm_campaign")) {
                try (PreparedStatement s = c.prepareStatement("delete from " + table + " where tenant_id = ?")) {
                    s.setString(1, Dataset.tenant(0).value());
                    s.executeUpdate();
                }
            }
        }
    }

    /**
     * @return the running campaign
     */
    @Benchmark
    public Campaign library() {
        Campaign draft = admin.campaigns().create(new CreateCampaign("Newsletter " + UUID.randomUUID(), CampaignKind.NEWSLETTER, PERIOD,
                CampaignTarget.segment(segment.id())));
        return admin.campaigns().launch(LaunchCampaign.of(draft));
    }

    /**
     * @param db the database
     * @return the campaign's id
     */
    @Benchmark
    public UUID jdbc(PostgresLaunch db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            UUID id = campaigns.createAndLaunch(c, Dataset.tenant(0), Dataset.user(0), "Newsletter " + UUID.randomUUID(), PERIOD,
                    segment.id(), EVERY_STATUS);
            relay.relay(c, Dataset.tenant(0).value());
            return id;
        }
    }
}
