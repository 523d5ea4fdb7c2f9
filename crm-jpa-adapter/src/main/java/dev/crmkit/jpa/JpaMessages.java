package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.MessageId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.message.Message;
import dev.crmkit.message.MessageChannel;
import dev.crmkit.message.MessageDirection;
import dev.crmkit.spi.MessageRepository;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The archive of messages in plain JDBC statements on the unit of work's connection, each pinning
 * {@code tenant_id}. A page is one statement whatever the filters: the account scope is the shared access predicate
 * ({@link SqlQuery#access}), the text a {@code LIKE} on the folded subject and body.
 */
final class JpaMessages implements MessageRepository {

    private static final String COLUMNS = "m.message_id, m.account_id, m.contact_id, m.direction, m.channel, m.subject,"
            + " m.body, m.occurred_at, m.logged_by, m.logged_at, m.external_id, m.attachments, m.archived, m.version";
    private static final String INSERT = "insert into crm_message (tenant_id, message_id, account_id, contact_id, direction,"
            + " channel, subject, body, occurred_at, logged_by, logged_at, external_id, attachments, archived, version,"
            + " search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UNIQUE_VIOLATION = "23505";

    private final JpaUnitOfWork uow;

    JpaMessages(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public boolean insert(Message message) {
        uow.writable();
        EntityManager em = uow.em();
        // Two deliveries of one message at once: the second insert waits for the first's commit, then hits the unique
        // index; a savepoint keeps the transaction usable (PostgreSQL aborts it on a failed statement otherwise).
        return uow.watched(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            Savepoint savepoint = message.externalId() == null ? null : connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                bind(statement, message);
                statement.executeUpdate();
            } catch (SQLException e) {
                if (savepoint != null && isUnique(e)) {
                    connection.rollback(savepoint);
                    return false;
                }
                throw e;
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return true;
        }));
    }

    private void bind(PreparedStatement statement, Message m) throws SQLException {
        statement.setString(1, uow.tenant);
        statement.setObject(2, m.id().value());
        statement.setObject(3, m.accountId().value());
        statement.setObject(4, m.contactId() == null ? null : m.contactId().value());
        statement.setString(5, m.direction().name());
        statement.setString(6, m.channel().name());
        statement.setString(7, m.subject());
        statement.setString(8, m.body());
        JpaUnitOfWork.setInstant(statement, 9, m.occurredAt());
        statement.setString(10, m.loggedBy().value());
        JpaUnitOfWork.setInstant(statement, 11, m.loggedAt());
        statement.setString(12, m.externalId());
        statement.setString(13, m.attachments().stream().map(DocumentId::toString).collect(Collectors.joining(",")));
        statement.setBoolean(14, m.archived());
        statement.setLong(15, m.version().value());
        statement.setString(16, MessageCriteria.searchText(m));
    }

    private static boolean isUnique(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || sql.getErrorCode() == 23505)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void update(Message message, Version expected) {
        uow.writable();
        int changed = new SqlQuery().append("update crm_message set archived = :archived, version = :version"
                        + " where tenant_id = :tenant and message_id = :id and version = :expected", "archived", message.archived())
                .bind("version", message.version().value())
                .bind("tenant", uow.tenant)
                .bind("id", message.id().value())
                .bind("expected", expected.value())
                .execute(uow);
        if (changed == 0) {
            Message current = findById(message.id()).orElseThrow(() -> new NotFoundException("message", "id", message.id()));
            throw ConflictException.staleVersion("message", message.id(), expected, current.version());
        }
    }

    @Override
    public Optional<Message> findById(MessageId id) {
        return one(new SqlQuery().append("select " + COLUMNS + " from crm_message m where m.tenant_id = :tenant"
                + " and m.message_id = :id", "tenant", uow.tenant).bind("id", id.value()));
    }

    @Override
    public Optional<Message> findByExternalId(String externalId) {
        return one(new SqlQuery().append("select " + COLUMNS + " from crm_message m where m.tenant_id = :tenant"
                + " and m.external_id = :external", "tenant", uow.tenant).bind("external", externalId));
    }

    private Optional<Message> one(SqlQuery query) {
        return query.rows(uow, 1, JpaMessages::read).stream().findFirst();
    }

    @Override
    public List<Message> page(MessageCriteria c, MessagePosition after, int limit) {
        SqlQuery sql = new SqlQuery().append("select " + COLUMNS + " from crm_message m"
                + " where m.tenant_id = :tenant", "tenant", uow.tenant);
        if (!c.includeArchived()) {
            sql.append(" and m.archived = false");
        }
        if (c.accountId() != null) {
            sql.append(" and m.account_id = :account", "account", c.accountId().value());
        }
        if (c.channel() != null) {
            sql.append(" and m.channel = :channel", "channel", c.channel().name());
        }
        if (c.direction() != null) {
            sql.append(" and m.direction = :direction", "direction", c.direction().name());
        }
        if (c.from() != null) {
            sql.append(" and m.occurred_at >= :from", "from", c.from());
        }
        if (c.to() != null) {
            sql.append(" and m.occurred_at < :to", "to", c.to());
        }
        if (c.folded() != null) {
            sql.append(" and m.search_text like :text escape '\\'", "text", SqlQuery.contains(c.folded()));
        }
        if (after != null) {
            sql.append(" and (m.occurred_at < :afterAt or (m.occurred_at = :afterAt and m.message_id < :afterId))",
                    "afterAt", after.occurredAt()).bind("afterId", after.id().value());
        }
        // The scope is a predicate over the message's account's responsibles, on the message's own account_id.
        sql.access(c.access(), "m", "account_id");
        sql.append(" order by m.occurred_at desc, m.message_id desc");
        return sql.rows(uow, limit, JpaMessages::read);
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        new SqlQuery().append("delete from crm_message where tenant_id = :tenant and account_id = :account", "tenant", uow.tenant)
                .bind("account", accountId.value()).execute(uow);
    }

    private static Message read(ResultSet rs) throws SQLException {
        UUID contact = rs.getObject(3, UUID.class);
        String attachments = rs.getString(12);
        List<DocumentId> documents = new ArrayList<>();
        if (attachments != null && !attachments.isEmpty()) {
            for (String id : attachments.split(",")) {
                documents.add(DocumentId.of(id));
            }
        }
        return Message.builder(new MessageId(rs.getObject(1, UUID.class)), new AccountId(rs.getObject(2, UUID.class)))
                .contactId(contact == null ? null : new ContactId(contact))
                .direction(MessageDirection.valueOf(rs.getString(4)))
                .channel(MessageChannel.valueOf(rs.getString(5)))
                .subject(rs.getString(6))
                .body(rs.getString(7))
                .occurredAt(SqlQuery.instant(rs, 8))
                .loggedBy(UserId.of(rs.getString(9)))
                .loggedAt(SqlQuery.instant(rs, 10))
                .externalId(rs.getString(11))
                .attachments(documents)
                .archived(rs.getBoolean(13))
                .version(Version.of(rs.getLong(14)))
                .build();
    }
}
