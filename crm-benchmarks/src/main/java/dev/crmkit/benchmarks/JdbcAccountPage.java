package dev.crmkit.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JDBC baselines' page of accounts of tenant 0, read as the library reads one: the accounts' columns, then their
 * responsibles, characteristics and interests, one statement each for the whole page.
 */
final class JdbcAccountPage {

    private JdbcAccountPage() {}

    /**
     * Reads the page a prepared, bound statement selects ({@code a.*} of {@code crm_account}), with its children.
     *
     * @param c the connection
     * @param accounts the statement selecting the page's accounts
     * @return each account's columns, then its responsibles, characteristics and interests
     */
    static List<Object[]> read(Connection c, PreparedStatement accounts) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        Map<UUID, Object[]> byId = new HashMap<>();
        int columns;
        try (ResultSet rs = accounts.executeQuery()) {
            columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns + 3];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                row[columns] = new ArrayList<String>();
                row[columns + 1] = new HashMap<UUID, String>();
                row[columns + 2] = new HashMap<UUID, String>();
                rows.add(row);
                byId.put(rs.getObject("id", UUID.class), row);
            }
        }
        Array ids = c.createArrayOf("uuid", byId.keySet().toArray());
        children(c, "select account_id, user_id from crm_account_responsible where tenant_id = ? and account_id = any(?)",
                ids, byId, columns);
        children(c, "select account_id, type_id, stored_value from crm_account_characteristic"
                + " where tenant_id = ? and account_id = any(?)", ids, byId, columns + 1);
        children(c, "select account_id, area_id, kind from crm_account_interest where tenant_id = ? and account_id = any(?)",
                ids, byId, columns + 2);
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static void children(Connection c, String sql, Array ids, Map<UUID, Object[]> byId, int slot) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, Dataset.tenant(0).value());
            s.setArray(2, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Object[] row = byId.get(rs.getObject(1, UUID.class));
                    if (row[slot] instanceof List<?> list) {
                        ((List<String>) list).add(rs.getString(2));
                    } else {
                        ((Map<UUID, String>) row[slot]).put(rs.getObject(2, UUID.class), rs.getString(3));
                    }
                }
            }
        }
    }
}
