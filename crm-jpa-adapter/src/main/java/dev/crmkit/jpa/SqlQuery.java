package dev.crmkit.jpa;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import dev.crmkit.access.AccountAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

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

    /** @return the statement's text so far, to nest in another statement (with {@link #bindAll}) */
    String text() {
        return sql.toString();
    }

    /** Binds every parameter another statement binds (one nested in this one). */
    SqlQuery bindAll(SqlQuery other) {
        params.putAll(other.params);
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

    /**
     * The statement's rows read with plain JDBC on the unit of work's connection, in its transaction (after it has
     * flushed its pending rows), each row the columns' {@code getObject} values. For the reads of thousands of rows
     * (a board's cards, their labels and members): Hibernate's native-query row processing cost a third of a
     * board's time at 500 cards per stage, a good part of it a trace-logging check for every value it read.
     * Named parameters become positional; an {@link Instant} binds as a UTC {@link OffsetDateTime}, a
     * {@code UUID[]} as a {@code uuid[]}, a {@code String[]} as a {@code varchar[]}, a collection as one parameter per element.
     *
     * @param uow the unit of work
     * @param limit the most rows to return when positive
     * @return the rows
     */
    List<Object[]> rows(JpaUnitOfWork uow, int limit) {
        int[] columns = {-1}; // the metadata is built anew on every call: read it once per result set
        return rows(uow, limit, rs -> {
            if (columns[0] < 0) {
                columns[0] = rs.getMetaData().getColumnCount();
            }
            Object[] row = new Object[columns[0]];
            for (int c = 0; c < row.length; c++) {
                row[c] = rs.getObject(c + 1);
            }
            return row;
        });
    }

    /** Reads one row of a result set into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * As {@link #rows(JpaUnitOfWork, int)}, each row read by a reader of its own (an entity's columns by name).
     *
     * @param uow the unit of work
     * @param limit the most rows to return when positive
     * @param reader reads the current row
     * @return the values read
     */
    <T> List<T> rows(JpaUnitOfWork uow, int limit, RowReader<T> reader) {
        EntityManager em = uow.em();
        List<Object> values = new ArrayList<>();
        String jdbc = positional(limited(limit), values);
        return uow.watched(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, jdbc, values)) {
                try (ResultSet rs = statement.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                    return rows;
                }
            }
        }));
    }

    /**
     * Runs the statement (an update or a delete) with plain JDBC on the unit of work's connection, in its transaction,
     * after it has flushed its pending rows; parameters bind as for {@link #rows(JpaUnitOfWork, int)}.
     *
     * @param uow the unit of work
     * @return the rows changed
     */
    int execute(JpaUnitOfWork uow) {
        EntityManager em = uow.em();
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql.toString(), values);
        return uow.watched(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, jdbc, values)) {
                return statement.executeUpdate();
            }
        }));
    }

    /** A statement with its positional values bound; the caller closes it. */
    private static PreparedStatement prepare(Connection connection, String jdbc, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(jdbc);
        try {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, jdbcValue(connection, values.get(i)));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * The text with each {@code :name} replaced by {@code ?} (one per element for a collection), the values added
     * in that order. The text's parameters are found once per distinct text ({@link #TEMPLATES}): scanning it on
     * every execution was the largest single cost of an account profile's own code in its JFR samples.
     */
    String positional(String text, List<Object> values) {
        Template template = TEMPLATES.getUnchecked(text);
        boolean expands = false;
        for (String name : template.names()) {
            if (!params.containsKey(name)) {
                throw new IllegalStateException("parameter " + name + " not bound");
            }
            Object value = params.get(name);
            if (value instanceof Collection<?> many) {
                expands = true;
                values.addAll(many);
            } else {
                values.add(value);
            }
        }
        if (!expands) {
            return template.positional();
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < template.names().size(); i++) {
            out.append(template.pieces().get(i));
            Object value = params.get(template.names().get(i));
            int count = value instanceof Collection<?> many ? many.size() : 1;
            for (int k = 0; k < count; k++) {
                out.append(k == 0 ? "?" : ", ?");
            }
        }
        return out.append(template.pieces().get(template.names().size())).toString();
    }

    /** The statements' texts read so far; the texts are the adapter's own, so their number is bounded. */
    private static final LoadingCache<String, Template> TEMPLATES =
            CacheBuilder.newBuilder().maximumSize(4096).build(CacheLoader.from(Template::of));

    /**
     * A statement's text cut at its named parameters: {@code pieces} has one more element than {@code names}, and
     * {@code positional} is the text with a single {@code ?} for each name.
     */
    private record Template(List<String> pieces, List<String> names, String positional) {

        /** Finds each {@code :name} outside quotes that is not a {@code ::} cast. */
        static Template of(String text) {
            List<String> pieces = new ArrayList<>();
            List<String> names = new ArrayList<>();
            StringBuilder piece = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (ch == '\'') {
                    int end = text.indexOf('\'', i + 1);
                    piece.append(text, i, end + 1);
                    i = end + 1;
                } else if (ch == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                    piece.append("::");
                    i += 2;
                } else if (ch == ':' && i + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                    int end = i + 1;
                    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                        end++;
                    }
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    names.add(text.substring(i + 1, end));
                    i = end;
                } else {
                    piece.append(ch);
                    i++;
                }
            }
            pieces.add(piece.toString());
            return new Template(List.copyOf(pieces), List.copyOf(names), String.join("?", pieces));
        }
    }

    /** A {@code timestamp with time zone} column of a row read with plain JDBC, as an instant. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A {@code timestamp with time zone} column, by its position, as an instant. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof UUID[] ids) {
            return connection.createArrayOf("uuid", ids);
        }
        if (value instanceof String[] texts) {
            return connection.createArrayOf("varchar", texts);
        }
        return value;
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
