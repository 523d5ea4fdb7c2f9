package dev.crmkit.benchmarks;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.NameSimilarity;
import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.EventMeta;
import dev.crmkit.io.CrmJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;

/**
 * The JDBC baselines' account writes: the same rows the library writes for a new account (the account, its
 * responsibles, its name trigrams, its timeline entry and its outbox event), in JDBC batches.
 */
final class JdbcAccountWriter {

    private static final String ACCOUNT = "insert into crm_account (tenant_id, id, classification, person_kind, legal_name,"
            + " trade_name, name_key, tax_key, tax_country, tax_number, main_contact_name, emails, phones, mobile, website,"
            + " street, street_number, district, city, state, postal_code, taxable, credit_terms, credit_days,"
            + " credit_limit_amount, credit_limit_currency, ledger_account_code, supplier, status, salesperson_id,"
            + " customer_type_id, priority_id, economic_activity_id, price_list_id, city_key, state_key, country, search_text,"
            + " search_digits, logo_id, created_by, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, 1)";

    private final CrmJson json = new CrmJson();

    /** Writes the accounts in one transaction, each statement batched over all of them. */
    void insert(Connection c, TenantId tenant, UserId actor, String actorName, List<Account> accounts) throws SQLException {
        try (PreparedStatement a = c.prepareStatement(ACCOUNT);
                PreparedStatement r = c.prepareStatement(
                        "insert into crm_account_responsible (tenant_id, account_id, user_id) values (?, ?, ?)");
                PreparedStatement t = c.prepareStatement("insert into crm_account_name_trigram (tenant_id, account_id,"
                        + " name_part, trigram, trigram_count) values (?, ?, ?, ?, ?)");
                PreparedStatement l = c.prepareStatement(
                        "insert into crm_timeline (tenant_id, account_id, event_id, occurred_at, payload, actor_name)"
                                + " values (?, ?, ?, ?, ?, ?)");
                PreparedStatement o = c.prepareStatement("insert into crm_outbox (tenant_id, event_id, aggregate_type,"
                        + " aggregate_id, payload) values (?, ?, ?, ?, ?)")) {
            for (Account account : accounts) {
                account(a, tenant, account);
                for (UserId user : account.responsibles()) {
                    r.setString(1, tenant.value());
                    r.setObject(2, account.id().value());
                    r.setString(3, user.value());
                    r.addBatch();
                }
                trigrams(t, tenant, account, "L", account.details().legalName());
                trigrams(t, tenant, account, "T", account.details().tradeName());
                AccountEvent.AccountCreated event = new AccountEvent.AccountCreated(
                        new EventMeta(EventId.newId(), tenant, actor, account.createdAt()), account.id(),
                        account.details().legalName(), account.classification(), account.responsibles());
                String payload = json.writeEvent(event);
                l.setString(1, tenant.value());
                l.setObject(2, account.id().value());
                l.setObject(3, event.meta().eventId().value());
                l.setTimestamp(4, Timestamp.from(account.createdAt()));
                l.setString(5, payload);
                l.setString(6, actorName);
                l.addBatch();
                o.setString(1, tenant.value());
                o.setObject(2, event.meta().eventId().value());
                o.setString(3, event.aggregate().type());
                o.setString(4, event.aggregate().id());
                o.setString(5, payload);
                o.addBatch();
            }
            a.executeBatch();
            r.executeBatch();
            t.executeBatch();
            l.executeBatch();
            o.executeBatch();
        }
    }

    private void account(PreparedStatement a, TenantId tenant, Account account) throws SQLException {
        AccountDetails d = account.details();
        int i = 1;
        a.setString(i++, tenant.value());
        a.setObject(i++, account.id().value());
        a.setString(i++, account.classification().name());
        a.setString(i++, d.personKind().name());
        a.setString(i++, d.legalName());
        a.setString(i++, d.tradeName());
        a.setString(i++, account.nameKey());
        a.setString(i++, d.taxId() == null ? null : d.taxId().key());
        a.setString(i++, d.taxId() == null ? null : d.taxId().country());
        a.setString(i++, d.taxId() == null ? null : d.taxId().number());
        a.setString(i++, d.mainContactName());
        a.setString(i++, json.write(d.emails()));
        a.setString(i++, json.write(d.phones()));
        a.setString(i++, d.mobile());
        a.setString(i++, d.website());
        a.setString(i++, d.address().street());
        a.setString(i++, d.address().number());
        a.setString(i++, d.address().district());
        a.setString(i++, d.address().city());
        a.setString(i++, d.address().state());
        a.setString(i++, d.address().postalCode());
        a.setBoolean(i++, d.customer().taxable());
        a.setString(i++, d.credit().terms().name());
        a.setObject(i++, d.credit().creditDays());
        a.setString(i++, d.credit().creditLimit() == null ? null : d.credit().creditLimit().amount().toString());
        a.setString(i++, d.credit().creditLimit() == null ? null : d.credit().creditLimit().currency().getCurrencyCode());
        a.setString(i++, d.ledgerAccountCode());
        a.setBoolean(i++, d.supplier());
        a.setString(i++, d.customer().status().name());
        a.setString(i++, d.customer().salespersonId() == null ? null : d.customer().salespersonId().value());
        a.setObject(i++, null);
        a.setObject(i++, null);
        a.setObject(i++, null);
        a.setObject(i++, null);
        a.setString(i++, account.cityKey());
        a.setString(i++, account.stateKey());
        a.setString(i++, d.address().country());
        a.setString(i++, account.searchText());
        a.setString(i++, account.searchDigits());
        a.setObject(i++, null);
        a.setString(i++, account.createdBy().value());
        a.setTimestamp(i++, Timestamp.from(account.createdAt()));
        a.setTimestamp(i, Timestamp.from(account.updatedAt()));
        a.addBatch();
    }

    private static void trigrams(PreparedStatement t, TenantId tenant, Account account, String part, String name)
            throws SQLException {
        if (name == null) {
            return;
        }
        Set<String> trigrams = NameSimilarity.trigrams(name);
        for (String trigram : trigrams) {
            t.setString(1, tenant.value());
            t.setObject(2, account.id().value());
            t.setString(3, part);
            t.setString(4, trigram);
            t.setInt(5, trigrams.size());
            t.addBatch();
        }
    }
}
