package dev.crmkit.jpa;

import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseComment;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ClockPause;
import dev.crmkit.casework.SlaTimes;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The row of a {@link ServiceCase}: its details and status as columns, comments and attachments as JSON documents. */
@Entity(name = "ServiceCase")
@Table(name = "crm_case")
@IdClass(Keys.ByUuid.class)
class CaseEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    long number;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "contact_id")
    UUID contactId;

    String subject;

    String description;

    String channel;

    @Column(name = "category_id")
    UUID categoryId;

    @Column(name = "priority_id")
    UUID priorityId;

    @Column(name = "assignee_id")
    String assigneeId;

    @Column(name = "team_id")
    UUID teamId;

    String status;

    @Column(name = "opened_by")
    String openedBy;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    String comments;

    String attachments;

    @Column(name = "first_response_target")
    Long firstResponseTarget;

    @Column(name = "first_response_due_at")
    Instant firstResponseDueAt;

    @Column(name = "first_response_risk_at")
    Instant firstResponseRiskAt;

    @Column(name = "first_response_at")
    Instant firstResponseAt;

    @Column(name = "resolution_target")
    Long resolutionTarget;

    @Column(name = "resolution_due_at")
    Instant resolutionDueAt;

    @Column(name = "resolution_risk_at")
    Instant resolutionRiskAt;

    @Column(name = "resolution_stopped_at")
    Instant resolutionStoppedAt;

    @Column(name = "clock_pauses")
    String clockPauses;

    /** The queue's order key: the earlier due time of the running clocks. */
    @Column(name = "sla_due_at")
    Instant slaDueAt;

    @jakarta.persistence.Version
    Long version;

    CaseEntity() {}

    /** The columns {@link #read} reads, in its order, of a statement's {@code c} alias. */
    static final String COLUMNS = Stream.of(
            "tenant_id", "id", "number", "account_id", "contact_id", "subject", "description", "channel", "category_id",
            "priority_id", "assignee_id", "team_id", "status", "opened_by", "created_at", "updated_at", "resolved_at",
            "closed_at", "comments", "attachments", "first_response_target", "first_response_due_at",
            "first_response_risk_at", "first_response_at", "resolution_target", "resolution_due_at", "resolution_risk_at",
            "resolution_stopped_at", "clock_pauses", "sla_due_at", "version")
            .map(column -> "c." + column).collect(Collectors.joining(", "));

    /** The row's columns read with plain JDBC from a statement selecting {@link #COLUMNS} first, by position. */
    static CaseEntity read(ResultSet rs) throws SQLException {
        CaseEntity row = new CaseEntity();
        int c = 0;
        row.tenantId = rs.getString(++c);
        row.id = rs.getObject(++c, UUID.class);
        row.number = rs.getLong(++c);
        row.accountId = rs.getObject(++c, UUID.class);
        row.contactId = rs.getObject(++c, UUID.class);
        row.subject = rs.getString(++c);
        row.description = rs.getString(++c);
        row.channel = rs.getString(++c);
        row.categoryId = rs.getObject(++c, UUID.class);
        row.priorityId = rs.getObject(++c, UUID.class);
        row.assigneeId = rs.getString(++c);
        row.teamId = rs.getObject(++c, UUID.class);
        row.status = rs.getString(++c);
        row.openedBy = rs.getString(++c);
        row.createdAt = SqlQuery.instant(rs, ++c);
        row.updatedAt = SqlQuery.instant(rs, ++c);
        row.resolvedAt = SqlQuery.instant(rs, ++c);
        row.closedAt = SqlQuery.instant(rs, ++c);
        row.comments = rs.getString(++c);
        row.attachments = rs.getString(++c);
        row.firstResponseTarget = rs.getObject(++c, Long.class);
        row.firstResponseDueAt = SqlQuery.instant(rs, ++c);
        row.firstResponseRiskAt = SqlQuery.instant(rs, ++c);
        row.firstResponseAt = SqlQuery.instant(rs, ++c);
        row.resolutionTarget = rs.getObject(++c, Long.class);
        row.resolutionDueAt = SqlQuery.instant(rs, ++c);
        row.resolutionRiskAt = SqlQuery.instant(rs, ++c);
        row.resolutionStoppedAt = SqlQuery.instant(rs, ++c);
        row.clockPauses = rs.getString(++c);
        row.slaDueAt = SqlQuery.instant(rs, ++c);
        row.version = rs.getObject(++c, Long.class);
        return row;
    }

    static CaseEntity of(String tenantId, ServiceCase serviceCase, Json json) {
        CaseEntity row = new CaseEntity();
        row.tenantId = tenantId;
        row.id = serviceCase.id().value();
        row.number = serviceCase.number();
        row.accountId = serviceCase.accountId().value();
        row.openedBy = serviceCase.openedBy().value();
        row.createdAt = serviceCase.createdAt();
        row.apply(serviceCase, json);
        return row;
    }

    void apply(ServiceCase serviceCase, Json json) {
        CaseDetails d = serviceCase.details();
        contactId = d.contactId() == null ? null : d.contactId().value();
        subject = d.subject();
        description = d.description();
        channel = d.channel().name();
        categoryId = d.categoryId() == null ? null : d.categoryId().value();
        priorityId = d.priorityId() == null ? null : d.priorityId().value();
        assigneeId = d.assigneeId() == null ? null : d.assigneeId().value();
        teamId = d.teamId() == null ? null : d.teamId().value();
        status = serviceCase.status().name();
        updatedAt = serviceCase.updatedAt();
        resolvedAt = serviceCase.resolvedAt().orElse(null);
        closedAt = serviceCase.closedAt().orElse(null);
        comments = json.write(serviceCase.comments());
        attachments = json.write(serviceCase.attachments());
        SlaTimes first = serviceCase.firstResponse();
        firstResponseTarget = first.target() == null ? null : first.target().getSeconds();
        firstResponseDueAt = first.dueAt();
        firstResponseRiskAt = first.atRiskAt();
        firstResponseAt = first.stoppedAt();
        SlaTimes resolution = serviceCase.resolution();
        resolutionTarget = resolution.target() == null ? null : resolution.target().getSeconds();
        resolutionDueAt = resolution.dueAt();
        resolutionRiskAt = resolution.atRiskAt();
        resolutionStoppedAt = resolution.stoppedAt();
        clockPauses = json.write(serviceCase.pauses());
        slaDueAt = serviceCase.queueDueAt().orElse(null);
    }

    ServiceCase toDomain(Json json) {
        CaseDetails details = new CaseDetails(contactId == null ? null : new ContactId(contactId), subject, description,
                CaseChannel.valueOf(channel), entry(categoryId), entry(priorityId), assigneeId == null ? null : UserId.of(assigneeId),
                entry(teamId));
        return StoredRecords.serviceCase(new CaseId(id), number, new AccountId(accountId), details, CaseStatus.valueOf(status),
                UserId.of(openedBy), createdAt, updatedAt, resolvedAt, closedAt, List.of(json.read(comments, CaseComment[].class)),
                List.of(json.read(attachments, Attachment[].class)),
                new SlaTimes(seconds(firstResponseTarget), firstResponseDueAt, firstResponseRiskAt, firstResponseAt),
                new SlaTimes(seconds(resolutionTarget), resolutionDueAt, resolutionRiskAt, resolutionStoppedAt),
                List.of(json.read(clockPauses, ClockPause[].class)), Version.of(version));
    }

    private static Duration seconds(Long value) {
        return value == null ? null : Duration.ofSeconds(value);
    }

    private static CatalogEntryId entry(UUID id) {
        return id == null ? null : new CatalogEntryId(id);
    }
}
