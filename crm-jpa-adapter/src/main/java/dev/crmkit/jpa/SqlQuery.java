package dev.crmkit.jpa;

import dev.crmkit.access.AccountAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/** A native SQL statement built piece by piece, with named parameters. */
final class SqlQuery {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    SqlQuery append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends text and binds a parameter it names ({@code :name}). */
    SqlQuery append(String text, String name, Object value) {
        sql.append(text);
        params.put(name, value);
        return this;
    }

    SqlQuery bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** A parameter name not used yet. */
    String fresh(String prefix) {
        return prefix + params.size();
    }

    /**
     * Appends the access predicate over the responsibles of the account {@code accountId} names: an EXISTS over
     * them, joined with the current team of each user for a team scope.
     */
    SqlQuery access(AccountAccess access, String accountAlias, String accountIdColumn) {
        if (access instanceof AccountAccess.ResponsibleIs is) {
            append(" and exists (select 1 from crm_account_responsible r"
                    + " where r.tenant_id = " + accountAlias + ".tenant_id and r.account_id = " + accountAlias + "."
                    + accountIdColumn + " and r.user_id = :accessUser)", "accessUser", is.user().value());
        } else if (access instanceof AccountAccess.ResponsibleInTeam team) {
            append(" and exists (select 1 from crm_account_responsible r"
                    + " join crm_user u on u.tenant_id = r.tenant_id and u.user_id = r.user_id"
                    + " where r.tenant_id = " + accountAlias + ".tenant_id and r.account_id = " + accountAlias + "."
                    + accountIdColumn + " and u.team_id = :accessTeam)", "accessTeam", team.team().value());
        }
        return this;
    }

    /** A LIKE pattern for a substring, with the wildcards of the text escaped (escape character {@code \}). */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    Query query(EntityManager em) {
        return query(em, 0);
    }

    /** The statement, returning at most {@code limit} rows when it is positive. */
    Query query(EntityManager em, int limit) {
        Query query = em.createNativeQuery(limited(limit));
        params.forEach(query::setParameter);
        return query;
    }

    /** The statement returning rows of an entity. */
    <T> java.util.List<T> entities(EntityManager em, Class<T> type, int limit) {
        Query query = em.createNativeQuery(limited(limit), type);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        java.util.List<T> rows = query.getResultList();
        return rows;
    }

    /**
     * The statement with its row limit written in: bound as a parameter ({@code setMaxResults}), PostgreSQL's
     * generic plan of a statement prepared on the server does not know the limit, and may choose to sort every
     * matching row where walking an index for the first few would do. (A precaution: no benchmark has shown the
     * difference; the slow deep page that prompted it was a benchmark fault.)
     */
    private String limited(int limit) {
        return limit > 0 ? sql + " fetch first " + limit + " rows only" : sql.toString();
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
