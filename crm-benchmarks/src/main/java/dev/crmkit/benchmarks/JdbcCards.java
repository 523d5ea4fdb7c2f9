package dev.crmkit.benchmarks;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.CardEvent;
import dev.crmkit.io.CrmJson;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.Comment;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.ImportedCard;
import dev.crmkit.pipeline.PositionKeys;
import dev.crmkit.pipeline.UpdateCard;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The JDBC baselines' card writes, each one transaction with plain statements writing the rows the library writes
 * for the same command (the card and its labels and members, one pipeline history entry per changed field, the
 * outbox event), after the checks the library makes (the acting user, the pipeline's users, the references, the
 * version). The caller delivers the events after the commit ({@link JdbcRelay}).
 *
 * <p>Within what the benchmarks use: pipelines without a base card, cards without an account (no timeline entry),
 * at most one label and one member per card (the library's history writes a set's elements in its own order).
 * {@code BaselineRowsTest} runs each write beside the library's and compares the rows.
 */
final class JdbcCards {

    private final CrmJson json = new CrmJson();

    /**
     * Creates a card at the end of its stage, under a lock of the pipeline as the library takes it.
     *
     * @return the new card's id
     */
    UUID create(Connection c, TenantId tenant, UserId actor, CreateCard command) throws SQLException {
        Instant now = Jdbc.now();
        String name = command.name().strip();
        Set<LabelId> labels = command.labels() == null ? Set.of() : command.labels();
        Set<UserId> members = command.members() == null ? Set.of() : command.members();
        UUID pipeline = command.pipelineId().value();
        UUID stage = command.stageId().value();
        return Jdbc.inTransaction(c, () -> {
            Jdbc.Acting acting = Jdbc.acting(c, tenant, actor);
            boolean admin = acting.admin();
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select stages, labels from crm_pipeline where tenant_id = ? and id = ?"
                    + " for no key update")) {
                s.setString(1, tenant.value());
                s.setObject(2, pipeline);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || !rs.getString(1).contains(stage.toString())) {
                        throw new IllegalStateException("no such pipeline or stage");
                    }
                    String known = rs.getString(2);
                    names.putAll(Jdbc.names(rs.getString(1)));
                    names.putAll(Jdbc.names(known));
                    if (!labels.stream().allMatch(label -> known.contains(label.toString()))) {
                        throw new IllegalStateException("unknown label");
                    }
                }
            }
            Jdbc.pipelineUser(c, tenant, actor, admin, pipeline);
            names.putAll(pipelineUsers(c, tenant, pipeline, members));
            if (command.salespersonId() != null) {
                names.putAll(Jdbc.activeUsers(c, tenant, List.of(command.salespersonId())));
            }
            String last;
            try (PreparedStatement s = c.prepareStatement(
                    "select max(position) from crm_card where tenant_id = ? and pipeline_id = ? and stage_id = ?")) {
                s.setString(1, tenant.value());
                s.setObject(2, pipeline);
                s.setObject(3, stage);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    last = rs.getString(1);
                }
            }
            String position = PositionKeys.between(last, null);
            UUID id = CardId.newId().value();
            try (PreparedStatement s = c.prepareStatement("insert into crm_card (tenant_id, id, pipeline_id, stage_id, position,"
                    + " name, description, salesperson_id, value_amount, value_currency, expected_close_date, account_id,"
                    + " open_account_id, comments, comment_count, attachments, attachment_count, archived, is_open, created_by,"
                    + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, '[]', 0, '[]', 0,"
                    + " false, true, ?, ?, ?, 1)")) {
                s.setString(1, tenant.value());
                s.setObject(2, id);
                s.setObject(3, pipeline);
                s.setObject(4, stage);
                s.setString(5, position);
                s.setString(6, name);
                s.setString(7, blankToNull(command.description()));
                s.setString(8, command.salespersonId() == null ? null : command.salespersonId().value());
                s.setBigDecimal(9, command.value() == null ? null : command.value().amount());
                s.setString(10, command.value() == null ? null : command.value().currency().getCurrencyCode());
                s.setObject(11, command.expectedCloseDate());
                s.setString(12, actor.value());
                s.setTimestamp(13, Timestamp.from(now));
                s.setTimestamp(14, Timestamp.from(now));
                s.executeUpdate();
            }
            links(c, "insert into crm_card_label (tenant_id, card_id, label_id) values (?, ?, ?)", tenant, id,
                    labels.stream().map(LabelId::value).toList());
            links(c, "insert into crm_card_member (tenant_id, card_id, user_id) values (?, ?, ?)", tenant, id,
                    members.stream().map(UserId::value).toList());
            // Every field that has a value, from nothing, in the card's own field order.
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("description", blankToNull(command.description()));
            fields.put("labels", joined(labels.stream().map(LabelId::toString).toList()));
            fields.put("members", joined(members.stream().map(UserId::value).toList()));
            fields.put("salespersonId", command.salespersonId() == null ? null : command.salespersonId().value());
            fields.put("value", command.value() == null ? null : command.value().toString());
            fields.put("expectedCloseDate", command.expectedCloseDate() == null ? null : command.expectedCloseDate().toString());
            fields.put("stageId", stage.toString());
            fields.put("position", position);
            fields.put("archived", "false");
            fields.put("lost", "false");
            fields.put("convertedToCustomer", "false");
            List<FieldChange> changes = new ArrayList<>();
            fields.forEach((field, value) -> {
                if (value != null) {
                    changes.add(new FieldChange(field, null, value));
                }
            });
            CardEvent.CardCreated event = new CardEvent.CardCreated(Jdbc.meta(tenant, actor, now), command.pipelineId(), new CardId(id),
                    null, name, command.stageId(), changes);
            Jdbc.history(c, event, command.pipelineId(), id, changes, acting.name(), names);
            Jdbc.outbox(c, event, json.writeEvent(event));
            return id;
        });
    }

    /**
     * Imports cards into one pipeline in one transaction, as the library's {@code importCards} does for rows without an
     * account: the acting user, the pipeline under a lock, its users and the active salespeople checked once for all
     * rows, each stage's last position, then one JDBC batch per table (the cards, their labels and members, a history
     * entry per field, an outbox event per card).
     *
     * @return the new cards' ids, in the rows' order
     */
    List<UUID> importCards(Connection c, TenantId tenant, UserId actor, PipelineId pipelineId, List<ImportedCard> rows)
            throws SQLException {
        Instant now = Jdbc.now();
        UUID pipeline = pipelineId.value();
        return Jdbc.inTransaction(c, () -> {
            boolean admin = Jdbc.actingUser(c, tenant, actor);
            Set<LabelId> allLabels = new HashSet<>();
            Set<UserId> allMembers = new HashSet<>();
            Set<UserId> salespeople = new HashSet<>();
            Map<StageId, Integer> perStage = new LinkedHashMap<>();
            for (ImportedCard row : rows) {
                if (row.labels() != null) {
                    allLabels.addAll(row.labels());
                }
                if (row.members() != null) {
                    allMembers.addAll(row.members());
                }
                if (row.salespersonId() != null) {
                    salespeople.add(row.salespersonId());
                }
                perStage.merge(row.stageId(), 1, Integer::sum);
            }
            try (PreparedStatement s = c.prepareStatement("select stages, labels from crm_pipeline where tenant_id = ? and id = ?"
                    + " for no key update")) {
                s.setString(1, tenant.value());
                s.setObject(2, pipeline);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no such pipeline");
                    }
                    String stages = rs.getString(1);
                    if (!perStage.keySet().stream().allMatch(stage -> stages.contains(stage.toString()))) {
                        throw new IllegalStateException("no such stage");
                    }
                    String known = rs.getString(2);
                    if (!allLabels.stream().allMatch(label -> known.contains(label.toString()))) {
                        throw new IllegalStateException("unknown label");
                    }
                }
            }
            Jdbc.pipelineUser(c, tenant, actor, admin, pipeline);
            pipelineUsers(c, tenant, pipeline, allMembers);
            if (!salespeople.isEmpty()) {
                Jdbc.activeUsers(c, tenant, List.copyOf(salespeople));
            }
            Map<StageId, java.util.Iterator<String>> positions = new LinkedHashMap<>();
            for (Map.Entry<StageId, Integer> stage : perStage.entrySet()) {
                try (PreparedStatement s = c.prepareStatement(
                        "select max(position) from crm_card where tenant_id = ? and pipeline_id = ? and stage_id = ?")) {
                    s.setString(1, tenant.value());
                    s.setObject(2, pipeline);
                    s.setObject(3, stage.getKey().value());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        positions.put(stage.getKey(), PositionKeys.appended(rs.getString(1), stage.getValue()).iterator());
                    }
                }
            }
            List<UUID> ids = new ArrayList<>(rows.size());
            try (PreparedStatement card = c.prepareStatement("insert into crm_card (tenant_id, id, pipeline_id, stage_id, position,"
                    + " name, description, salesperson_id, value_amount, value_currency, expected_close_date, account_id,"
                    + " open_account_id, comments, comment_count, attachments, attachment_count, archived, is_open, created_by,"
                    + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, '[]', 0, '[]', 0,"
                    + " false, true, ?, ?, ?, 1)");
                    PreparedStatement label = c.prepareStatement(
                            "insert into crm_card_label (tenant_id, card_id, label_id) values (?, ?, ?)");
                    PreparedStatement member = c.prepareStatement(
                            "insert into crm_card_member (tenant_id, card_id, user_id) values (?, ?, ?)");
                    PreparedStatement history = c.prepareStatement("insert into crm_pipeline_history (tenant_id, id, pipeline_id,"
                            + " card_id, event_id, entry_index, actor, occurred_at, field, old_value, new_value)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement outbox = c.prepareStatement("insert into crm_outbox (tenant_id, event_id, aggregate_type,"
                            + " aggregate_id, payload) values (?, ?, ?, ?, ?)")) {
                for (ImportedCard row : rows) {
                    UUID id = CardId.newId().value();
                    ids.add(id);
                    String name = row.name().strip();
                    String position = positions.get(row.stageId()).next();
                    Set<LabelId> labels = row.labels() == null ? Set.of() : row.labels();
                    Set<UserId> members = row.members() == null ? Set.of() : row.members();
                    card.setString(1, tenant.value());
                    card.setObject(2, id);
                    card.setObject(3, pipeline);
                    card.setObject(4, row.stageId().value());
                    card.setString(5, position);
                    card.setString(6, name);
                    card.setString(7, blankToNull(row.description()));
                    card.setString(8, row.salespersonId() == null ? null : row.salespersonId().value());
                    card.setBigDecimal(9, row.value() == null ? null : row.value().amount());
                    card.setString(10, row.value() == null ? null : row.value().currency().getCurrencyCode());
                    card.setObject(11, row.expectedCloseDate());
                    card.setString(12, actor.value());
                    card.setTimestamp(13, Timestamp.from(now));
                    card.setTimestamp(14, Timestamp.from(now));
                    card.addBatch();
                    for (LabelId l : labels) {
                        label.setString(1, tenant.value());
                        label.setObject(2, id);
                        label.setObject(3, l.value());
                        label.addBatch();
                    }
                    for (UserId m : members) {
                        member.setString(1, tenant.value());
                        member.setObject(2, id);
                        member.setString(3, m.value());
                        member.addBatch();
                    }
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("name", name);
                    fields.put("description", blankToNull(row.description()));
                    fields.put("labels", joined(labels.stream().map(LabelId::toString).toList()));
                    fields.put("members", joined(members.stream().map(UserId::value).toList()));
                    fields.put("salespersonId", row.salespersonId() == null ? null : row.salespersonId().value());
                    fields.put("value", row.value() == null ? null : row.value().toString());
                    fields.put("expectedCloseDate", row.expectedCloseDate() == null ? null : row.expectedCloseDate().toString());
                    fields.put("stageId", row.stageId().toString());
                    fields.put("position", position);
                    fields.put("archived", "false");
                    fields.put("lost", "false");
                    fields.put("convertedToCustomer", "false");
                    List<FieldChange> changes = new ArrayList<>();
                    fields.forEach((field, value) -> {
                        if (value != null) {
                            changes.add(new FieldChange(field, null, value));
                        }
                    });
                    CardEvent.CardCreated event = new CardEvent.CardCreated(Jdbc.meta(tenant, actor, now), pipelineId,
                            new CardId(id), null, name, row.stageId(), changes);
                    for (int i = 0; i < changes.size(); i++) {
                        history.setString(1, tenant.value());
                        history.setObject(2, dev.crmkit.common.HistoryEntryId.newId().value());
                        history.setObject(3, pipeline);
                        history.setObject(4, id);
                        history.setObject(5, event.meta().eventId().value());
                        history.setInt(6, i);
                        history.setString(7, actor.value());
                        history.setTimestamp(8, Timestamp.from(now));
                        history.setString(9, changes.get(i).field());
                        history.setString(10, changes.get(i).oldValue());
                        history.setString(11, changes.get(i).newValue());
                        history.addBatch();
                    }
                    outbox.setString(1, tenant.value());
                    outbox.setObject(2, event.meta().eventId().value());
                    outbox.setString(3, event.aggregate().type());
                    outbox.setString(4, event.aggregate().id());
                    outbox.setString(5, json.writeEvent(event));
                    outbox.addBatch();
                }
                card.executeBatch();
                label.executeBatch();
                member.executeBatch();
                history.executeBatch();
                outbox.executeBatch();
            }
            return ids;
        });
    }

    /**
     * Replaces a card's editable fields at the version the caller saw; its account stays.
     *
     * @return the card's version after the update
     */
    long update(Connection c, TenantId tenant, UserId actor, UpdateCard command) throws SQLException {
        Instant now = Jdbc.now();
        UUID id = command.cardId().value();
        return Jdbc.inTransaction(c, () -> {
            Jdbc.Acting acting = Jdbc.acting(c, tenant, actor);
            boolean admin = acting.admin();
            Row card = card(c, tenant, id, "name, description, salesperson_id, value_amount, value_currency, expected_close_date");
            if (card.version() != command.expectedVersion().value()) {
                throw new IllegalStateException("stale card");
            }
            if (!Objects.equals(command.accountId(), card.account())) {
                throw new IllegalStateException("the baseline keeps the card's account");
            }
            Jdbc.pipelineUser(c, tenant, actor, admin, card.pipeline().value());
            Set<UUID> oldLabels = new HashSet<>(ids(c, "select label_id from crm_card_label where tenant_id = ? and card_id = ?",
                    tenant, id, UUID.class));
            Set<String> oldMembers = new HashSet<>(ids(c, "select user_id from crm_card_member where tenant_id = ? and card_id = ?",
                    tenant, id, String.class));
            Set<UUID> labels = command.labels() == null ? Set.of()
                    : command.labels().stream().map(LabelId::value).collect(Collectors.toSet());
            Set<String> members = command.members() == null ? Set.of()
                    : command.members().stream().map(UserId::value).collect(Collectors.toSet());
            Set<UUID> addedLabels = minus(labels, oldLabels);
            Set<String> addedMembers = minus(members, oldMembers);
            if (!addedLabels.isEmpty()) {
                Jdbc.require(c, "labels", "select 1 from crm_pipeline where tenant_id = ? and id = ? and labels like all (?)",
                        tenant.value(), card.pipeline().value(), c.createArrayOf("varchar",
                                addedLabels.stream().map(l -> "%" + l + "%").toArray()));
            }
            Map<String, String> names = new HashMap<>(pipelineUsers(c, tenant, card.pipeline().value(),
                    addedMembers.stream().map(UserId::of).collect(Collectors.toSet())));
            if (command.salespersonId() != null) {
                names.putAll(Jdbc.activeUsers(c, tenant, List.of(command.salespersonId())));
            }
            Money oldValue = card.text(4) == null ? null : new Money(new BigDecimal(card.text(3)),
                    Currency.getInstance(card.text(4)));
            String name = command.name().strip();
            String description = blankToNull(command.description());
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "name", card.text(0), name);
            change(changes, "description", card.text(1), description);
            change(changes, "labels", joined(oldLabels.stream().map(UUID::toString).toList()),
                    joined(labels.stream().map(UUID::toString).toList()));
            change(changes, "members", joined(List.copyOf(oldMembers)), joined(List.copyOf(members)));
            change(changes, "salespersonId", card.text(2), command.salespersonId() == null ? null : command.salespersonId().value());
            change(changes, "value", oldValue, command.value());
            change(changes, "expectedCloseDate", card.text(5), command.expectedCloseDate());
            if (changes.isEmpty()) {
                return card.version();
            }
            try (PreparedStatement s = c.prepareStatement("update crm_card set name = ?, description = ?, salesperson_id = ?,"
                    + " value_amount = ?, value_currency = ?, expected_close_date = ?, updated_at = ?, version = version + 1"
                    + " where tenant_id = ? and id = ? and version = ?")) {
                s.setString(1, name);
                s.setString(2, description);
                s.setString(3, command.salespersonId() == null ? null : command.salespersonId().value());
                s.setBigDecimal(4, command.value() == null ? null : command.value().amount());
                s.setString(5, command.value() == null ? null : command.value().currency().getCurrencyCode());
                s.setObject(6, command.expectedCloseDate());
                s.setTimestamp(7, Timestamp.from(now));
                s.setString(8, tenant.value());
                s.setObject(9, id);
                s.setLong(10, card.version());
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("stale card");
                }
            }
            unlink(c, "delete from crm_card_label where tenant_id = ? and card_id = ? and label_id = any (?)", "uuid", tenant, id,
                    minus(oldLabels, labels));
            unlink(c, "delete from crm_card_member where tenant_id = ? and card_id = ? and user_id = any (?)", "varchar", tenant,
                    id, minus(oldMembers, members));
            links(c, "insert into crm_card_label (tenant_id, card_id, label_id) values (?, ?, ?)", tenant, id,
                    List.copyOf(addedLabels));
            links(c, "insert into crm_card_member (tenant_id, card_id, user_id) values (?, ?, ?)", tenant, id,
                    List.copyOf(addedMembers));
            CardEvent.CardUpdated event = new CardEvent.CardUpdated(Jdbc.meta(tenant, actor, now), card.pipeline(), command.cardId(),
                    card.account(), name, changes);
            Jdbc.history(c, event, card.pipeline(), id, changes, acting.name(), names);
            Jdbc.outbox(c, event, json.writeEvent(event));
            return card.version() + 1;
        });
    }

    /**
     * Adds a comment to a card's comments (a JSON document in its row), whatever its version: a delta, as the
     * library's.
     *
     * @return the new comment's id
     */
    UUID addComment(Connection c, TenantId tenant, UserId actor, AddComment command) throws SQLException {
        Instant now = Jdbc.now();
        UUID id = command.cardId().value();
        return Jdbc.inTransaction(c, () -> {
            Jdbc.Acting acting = Jdbc.acting(c, tenant, actor);
            boolean admin = acting.admin();
            Row card = card(c, tenant, id, "name, comments");
            Jdbc.pipelineUser(c, tenant, actor, admin, card.pipeline().value());
            List<Comment> comments = new ArrayList<>(Arrays.asList(json.readCommand(card.text(1), Comment[].class, Locale.ROOT)));
            Comment comment = new Comment(CommentId.newId(), actor, command.text().strip(), now, null);
            comments.add(comment);
            try (PreparedStatement s = c.prepareStatement("update crm_card set comments = ?, comment_count = ?, updated_at = ?,"
                    + " version = version + 1 where tenant_id = ? and id = ? and version = ?")) {
                s.setString(1, json.write(comments));
                s.setInt(2, comments.size());
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, tenant.value());
                s.setObject(5, id);
                s.setLong(6, card.version());
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("stale card");
                }
            }
            List<FieldChange> changes = List.of(new FieldChange("comments[" + comment.id() + "]", null, comment.text()));
            CardEvent.CardUpdated event = new CardEvent.CardUpdated(Jdbc.meta(tenant, actor, now), card.pipeline(), command.cardId(),
                    card.account(), card.text(0), changes);
            Jdbc.history(c, event, card.pipeline(), id, changes, acting.name(), Map.of());
            Jdbc.outbox(c, event, json.writeEvent(event));
            return comment.id().value();
        });
    }

    /**
     * Moves a card to the top of a stage of its pipeline at the version the caller saw, under a lock of the pipeline.
     *
     * @return the card's version after the move
     */
    long move(Connection c, TenantId tenant, UserId actor, UUID cardId, UUID target, long expectedVersion) throws SQLException {
        Instant now = Jdbc.now();
        return Jdbc.inTransaction(c, () -> {
            Jdbc.Acting acting = Jdbc.acting(c, tenant, actor);
            boolean admin = acting.admin();
            Row card = card(c, tenant, cardId, "name, stage_id, position");
            if (card.version() != expectedVersion) {
                throw new IllegalStateException("stale card");
            }
            Jdbc.pipelineUser(c, tenant, actor, admin, card.pipeline().value());
            Map<String, String> names;
            try (PreparedStatement s = c.prepareStatement("select stages from crm_pipeline where tenant_id = ? and id = ?"
                    + " and stages like ? for no key update")) {
                s.setString(1, tenant.value());
                s.setObject(2, card.pipeline().value());
                s.setString(3, "%" + target + "%");
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("not found: stage");
                    }
                    names = Jdbc.names(rs.getString(1));
                }
            }
            String first;
            try (PreparedStatement s = c.prepareStatement(
                    "select min(position) from crm_card where tenant_id = ? and pipeline_id = ? and stage_id = ?")) {
                s.setString(1, tenant.value());
                s.setObject(2, card.pipeline().value());
                s.setObject(3, target);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    first = rs.getString(1);
                }
            }
            UUID from = UUID.fromString(card.text(1));
            if (from.equals(target) && card.text(2).equals(first)) {
                return card.version();
            }
            String position = PositionKeys.between(null, first);
            try (PreparedStatement s = c.prepareStatement("update crm_card set stage_id = ?, position = ?, updated_at = ?,"
                    + " version = version + 1 where tenant_id = ? and id = ? and version = ?")) {
                s.setObject(1, target);
                s.setString(2, position);
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, tenant.value());
                s.setObject(5, cardId);
                s.setLong(6, card.version());
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("stale card");
                }
            }
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "stageId", from, target);
            change(changes, "position", card.text(2), position);
            CardEvent.CardMoved event = new CardEvent.CardMoved(Jdbc.meta(tenant, actor, now), card.pipeline(), new CardId(cardId),
                    card.account(), card.text(0), new StageId(from), new StageId(target), changes);
            Jdbc.history(c, event, card.pipeline(), cardId, changes, acting.name(), names);
            Jdbc.outbox(c, event, json.writeEvent(event));
            return card.version() + 1;
        });
    }

    /** A card's row locked for the change: its pipeline, account and version, then the columns asked for. */
    private record Row(PipelineId pipeline, AccountId account, long version, List<String> texts) {

        String text(int index) {
            return texts.get(index);
        }
    }

    private static Row card(Connection c, TenantId tenant, UUID id, String columns) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pipeline_id, account_id, version, " + columns
                + " from crm_card where tenant_id = ? and id = ? for no key update")) {
            s.setString(1, tenant.value());
            s.setObject(2, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no such card " + id);
                }
                List<String> texts = new ArrayList<>();
                for (int i = 4; i <= rs.getMetaData().getColumnCount(); i++) {
                    texts.add(rs.getString(i));
                }
                UUID account = rs.getObject(2, UUID.class);
                return new Row(new PipelineId(rs.getObject(1, UUID.class)), account == null ? null : new AccountId(account),
                        rs.getLong(3), texts);
            }
        }
    }

    /** Refuses members who do not use the pipeline or are inactive; answers their names by id, for the history. */
    private static Map<String, String> pipelineUsers(Connection c, TenantId tenant, UUID pipeline, Set<UserId> users)
            throws SQLException {
        Map<String, String> names = new HashMap<>();
        if (users.isEmpty()) {
            return names;
        }
        try (PreparedStatement s = c.prepareStatement("select u.user_id, u.display_name from crm_pipeline_user p join crm_user u"
                + " on u.tenant_id = p.tenant_id and u.user_id = p.user_id where p.tenant_id = ? and p.pipeline_id = ?"
                + " and p.user_id = any (?) and u.active")) {
            s.setString(1, tenant.value());
            s.setObject(2, pipeline);
            s.setArray(3, c.createArrayOf("varchar", users.stream().map(UserId::value).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
                if (names.size() != users.size()) {
                    throw new IllegalStateException("a member does not use the pipeline");
                }
            }
        }
        return names;
    }

    private static <T> List<T> ids(Connection c, String sql, TenantId tenant, UUID card, Class<T> type) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            s.setObject(2, card);
            try (ResultSet rs = s.executeQuery()) {
                List<T> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getObject(1, type));
                }
                return ids;
            }
        }
    }

    private static void links(Connection c, String sql, TenantId tenant, UUID card, List<?> targets) throws SQLException {
        if (targets.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Object target : targets) {
                s.setString(1, tenant.value());
                s.setObject(2, card);
                s.setObject(3, target);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void unlink(Connection c, String sql, String type, TenantId tenant, UUID card, Set<?> targets)
            throws SQLException {
        if (targets.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            s.setObject(2, card);
            s.setArray(3, c.createArrayOf(type, targets.toArray()));
            s.executeUpdate();
        }
    }

    private static <T> Set<T> minus(Set<T> from, Set<T> removed) {
        Set<T> rest = new HashSet<>(from);
        rest.removeAll(removed);
        return rest;
    }

    private static void change(List<FieldChange> changes, String field, Object oldValue, Object newValue) {
        FieldChange change = FieldChange.ofValues(field, oldValue, newValue);
        if (change != null) {
            changes.add(change);
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
