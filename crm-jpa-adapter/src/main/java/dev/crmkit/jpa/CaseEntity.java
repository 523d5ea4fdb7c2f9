package dev.crmkit.jpa;

import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseComment;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    @jakarta.persistence.Version
    Long version;

    CaseEntity() {}

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
    }

    ServiceCase toDomain(Json json) {
        CaseDetails details = new CaseDetails(contactId == null ? null : new ContactId(contactId), subject, description,
                CaseChannel.valueOf(channel), entry(categoryId), entry(priorityId), assigneeId == null ? null : UserId.of(assigneeId),
                entry(teamId));
        return StoredRecords.serviceCase(new CaseId(id), number, new AccountId(accountId), details, CaseStatus.valueOf(status),
                UserId.of(openedBy), createdAt, updatedAt, resolvedAt, closedAt, List.of(json.read(comments, CaseComment[].class)),
                List.of(json.read(attachments, Attachment[].class)), Version.of(version));
    }

    private static CatalogEntryId entry(UUID id) {
        return id == null ? null : new CatalogEntryId(id);
    }
}
