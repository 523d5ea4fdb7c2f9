package dev.crmkit.benchmarks;

import dev.crmkit.campaign.CampaignKind;
import dev.crmkit.campaign.CampaignPeriod;
import dev.crmkit.campaign.CampaignTarget;
import dev.crmkit.campaign.MemberStatus;
import dev.crmkit.campaign.SkipReason;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CampaignId;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.Text;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.CampaignEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.io.CrmJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A newsletter campaign by hand in JDBC, writing the rows the library writes: its creation (the campaign, its history
 * and event), then its launch over the accounts a filter matches in one transaction: the accounts with an e-mail
 * address (one statement), the tenant's rule of consent and the accounts' decisions (a thousand accounts a statement),
 * one member per account in one batch (targeted, or skipped with its reason), one outbox event per member reached in
 * one batch, the campaign running, its history and event. The acting user sees every account, so no scope is read.
 */
final class JdbcCampaigns {

    private static final int CHUNK = 1_000;

    private final CrmJson json = new CrmJson();

    /**
     * Creates and launches a newsletter over the accounts of a filter, as {@code Campaigns.create} then
     * {@code launch} do for a segment of that filter.
     *
     * @param c a connection
     * @param tenant the tenant
     * @param actor an administrator who sees every account
     * @param name the campaign's name
     * @param period its period
     * @param segment the segment the library's campaign targets (stored as the target)
     * @param filter the segment's condition on {@code crm_account a}, after the tenant's
     * @return the campaign's id
     */
    UUID createAndLaunch(Connection c, TenantId tenant, UserId actor, String name, CampaignPeriod period, SegmentId segment,
            String filter) throws SQLException {
        CampaignId id = CampaignId.newId();
        Jdbc.Acting acting = Jdbc.inTransaction(c, () -> {
            Jdbc.Acting who = Jdbc.acting(c, tenant, actor);
            Instant now = Jdbc.now();
            CampaignTarget target = CampaignTarget.segment(segment);
            try (PreparedStatement s = c.prepareStatement("insert into crm_campaign (tenant_id, campaign_id, name, name_key,"
                    + " kind, starts_on, ends_on, owner_id, target_json, status, offer_json, plan_json, created_at, launched_at,"
                    + " ended_at, version) values (?, ?, ?, ?, 'NEWSLETTER', ?, ?, ?, ?, 'DRAFT', null, null, ?, null, null, 1)")) {
                s.setString(1, tenant.value());
                s.setObject(2, id.value());
                s.setString(3, name);
                s.setString(4, Text.key(name));
                s.setObject(5, period.from());
                s.setObject(6, period.to());
                s.setString(7, actor.value());
                s.setString(8, json.write(target));
                s.setObject(9, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                s.executeUpdate();
            }
            history(c, new CampaignEvent.CampaignCreated(Jdbc.meta(tenant, actor, now), id, name, CampaignKind.NEWSLETTER,
                    period, actor, target), who.name());
            return who;
        });
        Jdbc.inTransaction(c, () -> {
            Jdbc.acting(c, tenant, actor);
            Instant now = Jdbc.now();
            List<Object[]> campaign = Jdbc.rows(c, "select c.status, c.version, c.name from crm_campaign c where c.tenant_id = ?"
                    + " and c.campaign_id = ? for update", tenant.value(), id.value());
            if (campaign.isEmpty() || !"DRAFT".equals(campaign.get(0)[0])) {
                throw new IllegalStateException("no draft " + id);
            }
            Jdbc.require(c, "segment", "select 1 from crm_segment where tenant_id = ? and id = ?", tenant.value(), segment.value());
            Map<UUID, Boolean> accounts = new LinkedHashMap<>();
            for (Object[] row : Jdbc.rows(c, "select a.id, a.emails from crm_account a where a.tenant_id = ?" + filter
                    + " order by a.id", tenant.value())) {
                String emails = (String) row[1];
                accounts.put((UUID) row[0], emails != null && !emails.isBlank() && !emails.strip().equals("[]"));
            }
            List<Object[]> settings = Jdbc.rows(c, "select s.explicit_channels from crm_consent_settings s where s.tenant_id = ?",
                    tenant.value());
            boolean explicit = settings.isEmpty() || ((String) settings.get(0)[0]).contains("EMAIL");
            Map<UUID, String> decided = decisions(c, tenant, accounts.keySet());
            int skipped = 0;
            try (PreparedStatement member = c.prepareStatement("insert into crm_campaign_member (tenant_id, member_id,"
                    + " campaign_id, account_id, contact_id, status, skip_reason, assignee, planned_on, agenda_entry_id, quote_id,"
                    + " updated_at, version) values (?, ?, ?, ?, null, ?, ?, null, null, null, null, ?, 1)");
                    PreparedStatement outbox = c.prepareStatement("insert into crm_outbox (tenant_id, event_id, aggregate_type,"
                            + " aggregate_id, payload) values (?, ?, ?, ?, ?)")) {
                var at = java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
                for (Map.Entry<UUID, Boolean> account : accounts.entrySet()) {
                    String state = decided.get(account.getKey());
                    SkipReason skip = "WITHDRAWN".equals(state) ? SkipReason.OPTED_OUT
                            : explicit && !"GRANTED".equals(state) ? SkipReason.NO_CONSENT
                            : !account.getValue() ? SkipReason.NO_EMAIL : null;
                    CampaignMemberId memberId = CampaignMemberId.newId();
                    member.setString(1, tenant.value());
                    member.setObject(2, memberId.value());
                    member.setObject(3, id.value());
                    member.setObject(4, account.getKey());
                    member.setString(5, skip == null ? MemberStatus.TARGETED.name() : MemberStatus.SKIPPED.name());
                    member.setString(6, skip == null ? null : skip.name());
                    member.setObject(7, at);
                    member.addBatch();
                    if (skip != null) {
                        skipped++;
                        continue;
                    }
                    DomainEvent event = new CampaignEvent.CampaignMessageQueued(Jdbc.meta(tenant, actor, now), id, memberId,
                            new AccountId(account.getKey()), null);
                    outbox.setString(1, tenant.value());
                    outbox.setObject(2, event.meta().eventId().value());
                    outbox.setString(3, event.aggregate().type());
                    outbox.setString(4, event.aggregate().id());
                    outbox.setString(5, json.writeEvent(event));
                    outbox.addBatch();
                }
                member.executeBatch();
                outbox.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("update crm_campaign set status = 'RUNNING', launched_at = ?,"
                    + " version = version + 1 where tenant_id = ? and campaign_id = ?")) {
                s.setObject(1, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                s.setString(2, tenant.value());
                s.setObject(3, id.value());
                s.executeUpdate();
            }
            history(c, new CampaignEvent.CampaignLaunched(Jdbc.meta(tenant, actor, now), id, (String) campaign.get(0)[2],
                    CampaignKind.NEWSLETTER, accounts.size(), skipped), acting.name());
            return null;
        });
        return id.value();
    }

    /** The latest e-mail decision of each account itself (no contact), a chunk of accounts a statement. */
    private static Map<UUID, String> decisions(Connection c, TenantId tenant, Set<UUID> accounts) throws SQLException {
        Map<UUID, String> latest = new HashMap<>();
        List<UUID> all = new ArrayList<>(accounts);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement s = c.prepareStatement("select c.account_id, c.contact_id, c.channel, c.state from crm_consent c"
                    + " where c.tenant_id = ? and c.account_id = any (?) order by c.account_id, c.seq")) {
                s.setString(1, tenant.value());
                s.setArray(2, c.createArrayOf("uuid", chunk.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getObject(2) == null && "EMAIL".equals(rs.getString(3))) {
                            latest.put(rs.getObject(1, UUID.class), rs.getString(4));
                        }
                    }
                }
            }
        }
        return latest;
    }

    /** A campaign's history row and its event in the outbox. */
    private void history(Connection c, CampaignEvent.HistoryEvent event, String actorName) throws SQLException {
        String payload = json.writeEvent(event);
        try (PreparedStatement s = c.prepareStatement("insert into crm_campaign_history (tenant_id, campaign_id, event_id,"
                + " occurred_at, actor_name, payload) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, event.meta().tenantId().value());
            s.setObject(2, event.campaignId().value());
            s.setObject(3, event.meta().eventId().value());
            s.setTimestamp(4, Timestamp.from(event.meta().occurredAt()));
            s.setString(5, actorName);
            s.setString(6, payload);
            s.executeUpdate();
        }
        Jdbc.outbox(c, event, payload);
    }

}
