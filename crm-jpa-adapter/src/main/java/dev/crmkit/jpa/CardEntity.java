package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Comment;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;

/**
 * The row of a {@link Card}: the board's columns (stage, position, flags, value, dates), comments and
 * attachments as JSON documents with their counts beside them, labels and members in tables of their own.
 * {@code open_account_id} holds the account only while the card is open, for the "one open card per account per
 * pipeline" unique key.
 */
@Entity(name = "Card")
@Table(name = "crm_card")
@IdClass(Keys.ByUuid.class)
class CardEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "pipeline_id")
    UUID pipelineId;

    @Column(name = "stage_id")
    UUID stageId;

    String position;

    String name;

    String description;

    @Column(name = "salesperson_id")
    String salespersonId;

    @Column(name = "value_amount")
    BigDecimal valueAmount;

    @Column(name = "value_currency")
    String valueCurrency;

    @Column(name = "expected_close_date")
    LocalDate expectedCloseDate;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "open_account_id")
    UUID openAccountId;

    String comments;

    @Column(name = "comment_count")
    int commentCount;

    String attachments;

    @Column(name = "attachment_count")
    int attachmentCount;

    boolean archived;

    @Column(name = "is_open")
    boolean open;

    @Column(name = "lost_at")
    Instant lostAt;

    @Column(name = "lost_reason")
    String lostReason;

    @Column(name = "converted_to_customer_at")
    Instant convertedToCustomerAt;

    @Column(name = "converted_to_service_at")
    Instant convertedToServiceAt;

    @Column(name = "service_reference")
    String serviceReference;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    /** Loaded in batches, so a page of cards costs one statement for all their labels. */
    @ElementCollection
    @BatchSize(size = JpaCards.BATCH)
    @CollectionTable(name = "crm_card_label", joinColumns = {
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
            @JoinColumn(name = "card_id", referencedColumnName = "id")})
    @Column(name = "label_id")
    Set<UUID> labels = new HashSet<>();

    /** Loaded in batches, so a page of cards costs one statement for all their members. */
    @ElementCollection
    @BatchSize(size = JpaCards.BATCH)
    @CollectionTable(name = "crm_card_member", joinColumns = {
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
            @JoinColumn(name = "card_id", referencedColumnName = "id")})
    @Column(name = "user_id")
    Set<String> members = new HashSet<>();

    /**
     * The card as this unit of work last read or stored it, built from the columns and the labels and members read in
     * one statement ({@code JpaCards}): a change compares its collections against it, so a change that leaves them
     * alone (a comment, a move) never loads them.
     */
    @jakarta.persistence.Transient
    Card loaded;

    CardEntity() {}

    /** Whether the labels and members are in memory (a new row's, or ones a change already loaded). */
    boolean childrenInMemory() {
        return org.hibernate.Hibernate.isInitialized(labels) && org.hibernate.Hibernate.isInitialized(members);
    }

    /** The row's insert in plain JDBC, bound by {@link #bind}: an import writes thousands at once. */
    static final String INSERT = "insert into crm_card (tenant_id, id, pipeline_id, stage_id, position, name, description,"
            + " salesperson_id, value_amount, value_currency, expected_close_date, account_id, open_account_id, comments,"
            + " comment_count, attachments, attachment_count, archived, is_open, lost_at, lost_reason, converted_to_customer_at,"
            + " converted_to_service_at, service_reference, created_by, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The insert of a label row, bound with the card's key and the label. */
    static final String INSERT_LABEL = "insert into crm_card_label (tenant_id, card_id, label_id) values (?, ?, ?)";

    /** The insert of a member row, bound with the card's key and the member. */
    static final String INSERT_MEMBER = "insert into crm_card_member (tenant_id, card_id, user_id) values (?, ?, ?)";

    /** Binds the row's columns to {@link #INSERT}. */
    void bind(java.sql.PreparedStatement statement) throws java.sql.SQLException {
        statement.setString(1, tenantId);
        statement.setObject(2, id);
        int next = bindState(statement, 3);
        statement.setString(next, createdBy);
        JpaUnitOfWork.setInstant(statement, next + 1, createdAt);
        JpaUnitOfWork.setInstant(statement, next + 2, updatedAt);
        statement.setLong(next + 3, version);
    }

    /**
     * The change of a row read in plain JDBC ({@link #read}), bound by {@link #bindUpdate}: every column but the key and
     * the creation, the version moved on, on the condition that the row is still at the version it was read with.
     */
    static final String UPDATE = "update crm_card set pipeline_id = ?, stage_id = ?, position = ?, name = ?, description = ?,"
            + " salesperson_id = ?, value_amount = ?, value_currency = ?, expected_close_date = ?, account_id = ?,"
            + " open_account_id = ?, comments = ?, comment_count = ?, attachments = ?, attachment_count = ?, archived = ?,"
            + " is_open = ?, lost_at = ?, lost_reason = ?, converted_to_customer_at = ?, converted_to_service_at = ?,"
            + " service_reference = ?, updated_at = ?, version = ? where tenant_id = ? and id = ? and version = ?";

    /** Binds the row's columns to {@link #UPDATE}, moving its version from {@code loaded} to {@link #version}. */
    void bindUpdate(java.sql.PreparedStatement statement, long loaded) throws java.sql.SQLException {
        int next = bindState(statement, 1);
        JpaUnitOfWork.setInstant(statement, next, updatedAt);
        statement.setLong(next + 1, version);
        statement.setString(next + 2, tenantId);
        statement.setObject(next + 3, id);
        statement.setLong(next + 4, loaded);
    }

    /**
     * Binds the columns a change may set, from {@code pipeline_id} to {@code service_reference} in the order both
     * {@link #INSERT} and {@link #UPDATE} name them, from parameter {@code first} on.
     *
     * @return the index of the next parameter
     */
    private int bindState(java.sql.PreparedStatement statement, int first) throws java.sql.SQLException {
        int i = first;
        statement.setObject(i++, pipelineId);
        statement.setObject(i++, stageId);
        statement.setString(i++, position);
        statement.setString(i++, name);
        statement.setString(i++, description);
        statement.setString(i++, salespersonId);
        statement.setBigDecimal(i++, valueAmount);
        statement.setString(i++, valueCurrency);
        JpaUnitOfWork.setDate(statement, i++, expectedCloseDate);
        statement.setObject(i++, accountId);
        statement.setObject(i++, openAccountId);
        statement.setString(i++, comments);
        statement.setInt(i++, commentCount);
        statement.setString(i++, attachments);
        statement.setInt(i++, attachmentCount);
        statement.setBoolean(i++, archived);
        statement.setBoolean(i++, open);
        JpaUnitOfWork.setInstant(statement, i++, lostAt);
        statement.setString(i++, lostReason);
        JpaUnitOfWork.setInstant(statement, i++, convertedToCustomerAt);
        JpaUnitOfWork.setInstant(statement, i++, convertedToServiceAt);
        statement.setString(i++, serviceReference);
        return i;
    }

    /**
     * A row's columns read with plain JDBC (not a managed entity: no snapshot, no dirty check at the flush); its labels
     * and members are read beside it.
     */
    static CardEntity read(java.sql.ResultSet rs) throws java.sql.SQLException {
        CardEntity row = new CardEntity();
        row.tenantId = rs.getString("tenant_id");
        row.id = rs.getObject("id", UUID.class);
        row.pipelineId = rs.getObject("pipeline_id", UUID.class);
        row.stageId = rs.getObject("stage_id", UUID.class);
        row.position = rs.getString("position");
        row.name = rs.getString("name");
        row.description = rs.getString("description");
        row.salespersonId = rs.getString("salesperson_id");
        row.valueAmount = rs.getBigDecimal("value_amount");
        row.valueCurrency = rs.getString("value_currency");
        row.expectedCloseDate = rs.getObject("expected_close_date", LocalDate.class);
        row.accountId = rs.getObject("account_id", UUID.class);
        row.openAccountId = rs.getObject("open_account_id", UUID.class);
        row.comments = rs.getString("comments");
        row.commentCount = rs.getInt("comment_count");
        row.attachments = rs.getString("attachments");
        row.attachmentCount = rs.getInt("attachment_count");
        row.archived = rs.getBoolean("archived");
        row.open = rs.getBoolean("is_open");
        row.lostAt = SqlQuery.instant(rs, "lost_at");
        row.lostReason = rs.getString("lost_reason");
        row.convertedToCustomerAt = SqlQuery.instant(rs, "converted_to_customer_at");
        row.convertedToServiceAt = SqlQuery.instant(rs, "converted_to_service_at");
        row.serviceReference = rs.getString("service_reference");
        row.createdBy = rs.getString("created_by");
        row.createdAt = SqlQuery.instant(rs, "created_at");
        row.updatedAt = SqlQuery.instant(rs, "updated_at");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

    static CardEntity of(String tenantId, Card card, Json json) {
        CardEntity row = new CardEntity();
        row.tenantId = tenantId;
        row.id = card.id().value();
        row.createdBy = card.createdBy().value();
        row.createdAt = card.createdAt();
        row.apply(card, json);
        return row;
    }

    void apply(Card card, Json json) {
        pipelineId = card.pipelineId().value();
        stageId = card.stageId().value();
        position = card.position();
        name = card.name();
        description = card.description();
        salespersonId = card.salespersonId().map(UserId::value).orElse(null);
        valueAmount = card.value().map(Money::amount).orElse(null);
        valueCurrency = card.value().map(m -> m.currency().getCurrencyCode()).orElse(null);
        expectedCloseDate = card.expectedCloseDate().orElse(null);
        accountId = card.accountId().map(AccountId::value).orElse(null);
        open = card.open();
        openAccountId = open ? accountId : null;
        comments = json.write(card.comments());
        commentCount = card.comments().size();
        attachments = json.write(card.attachments());
        attachmentCount = card.attachments().size();
        archived = card.archived();
        lostAt = card.lostAt().orElse(null);
        lostReason = card.lostReason().orElse(null);
        convertedToCustomerAt = card.convertedToCustomerAt().orElse(null);
        convertedToServiceAt = card.convertedToServiceAt().orElse(null);
        serviceReference = card.serviceReference().orElse(null);
        updatedAt = card.updatedAt();
        // Labels and members through the collections only when they are in memory: otherwise JpaCards writes the
        // difference from the loaded card by SQL and they stay unloaded (loading them is a statement each).
        Set<UUID> newLabels = card.labels().stream().map(LabelId::value).collect(Collectors.toSet());
        if (org.hibernate.Hibernate.isInitialized(labels) && !labels.equals(newLabels)) {
            labels.retainAll(newLabels);
            labels.addAll(newLabels);
        }
        Set<String> newMembers = card.members().stream().map(UserId::value).collect(Collectors.toSet());
        if (org.hibernate.Hibernate.isInitialized(members) && !members.equals(newMembers)) {
            members.retainAll(newMembers);
            members.addAll(newMembers);
        }
    }

    Money value() {
        return valueAmount == null ? null : new Money(valueAmount, Currency.getInstance(valueCurrency));
    }

    Card toDomain(Json json) {
        return toDomain(json, labels, members);
    }

    /** The domain card from this row's columns and labels and members read elsewhere. */
    Card toDomain(Json json, Set<UUID> labelIds, Set<String> memberIds) {
        return StoredRecords.card()
                .id(new CardId(id))
                .pipelineId(new PipelineId(pipelineId))
                .stageId(new StageId(stageId))
                .position(position)
                .name(name)
                .description(description)
                .labels(labelIds.stream().map(LabelId::new).collect(Collectors.toSet()))
                .members(memberIds.stream().map(UserId::of).collect(Collectors.toSet()))
                .salespersonId(salespersonId == null ? null : UserId.of(salespersonId))
                .value(value())
                .expectedCloseDate(expectedCloseDate)
                .accountId(accountId == null ? null : new AccountId(accountId))
                .comments(List.of(json.read(comments, Comment[].class)))
                .attachments(List.of(json.read(attachments, Attachment[].class)))
                .archived(archived)
                .lost(lostAt, lostReason)
                .convertedToCustomerAt(convertedToCustomerAt)
                .convertedToService(convertedToServiceAt, serviceReference)
                .createdBy(UserId.of(createdBy))
                .createdAt(createdAt)
                .updatedAt(updatedAt)
                .version(Version.of(version))
                .build();
    }
}
