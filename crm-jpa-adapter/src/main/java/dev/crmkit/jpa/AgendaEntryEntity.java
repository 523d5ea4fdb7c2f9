package dev.crmkit.jpa;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaStatus;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.agenda.WorkReport;
import java.util.List;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The row of an {@link AgendaEntry}. A schedule is either a local date-time ({@code schedule_at}, in the tenant's
 * zone) or a whole day ({@code schedule_on}); the recurrence is four columns.
 */
@Entity(name = "AgendaEntry")
@Table(name = "crm_agenda_entry")
@IdClass(Keys.ByUuid.class)
class AgendaEntryEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "contact_id")
    UUID contactId;

    @Column(name = "card_id")
    UUID cardId;

    @Column(name = "type_id")
    UUID typeId;

    String description;

    @Column(name = "schedule_at")
    LocalDateTime scheduleAt;

    @Column(name = "schedule_on")
    LocalDate scheduleOn;

    String status;

    @Column(name = "user_id")
    String userId;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "modified_at")
    Instant modifiedAt;

    @Column(name = "concluded_at")
    Instant concludedAt;

    @Column(name = "recurrence_unit")
    String recurrenceUnit;

    @Column(name = "recurrence_every")
    Integer recurrenceEvery;

    @Column(name = "recurrence_until")
    LocalDate recurrenceUntil;

    @Column(name = "recurrence_count")
    Integer recurrenceCount;

    @Column(name = "series_id")
    UUID seriesId;

    @Column(name = "series_start")
    LocalDate seriesStart;

    int occurrence;

    @Column(name = "dedupe_key")
    String dedupeKey;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "on_site")
    boolean onSite;

    /** The attachments, a JSON array written by the core's JSON. */
    String attachments;

    /** The work report, a JSON document, or {@code null}. */
    @Column(name = "work_report")
    String workReport;

    @jakarta.persistence.Version
    Long version;

    private static final Json JSON = new Json();

    AgendaEntryEntity() {}

    static AgendaEntryEntity of(String tenantId, AgendaEntry entry) {
        AgendaEntryEntity row = new AgendaEntryEntity();
        row.tenantId = tenantId;
        row.id = entry.id().value();
        row.createdBy = entry.createdBy().map(UserId::value).orElse(null);
        row.createdAt = entry.createdAt();
        row.dedupeKey = entry.dedupeKey().orElse(null);
        row.apply(entry);
        return row;
    }

    void apply(AgendaEntry entry) {
        accountId = entry.accountId().value();
        contactId = entry.contactId().map(ContactId::value).orElse(null);
        cardId = entry.cardId().map(CardId::value).orElse(null);
        typeId = entry.typeId().map(CatalogEntryId::value).orElse(null);
        description = entry.description();
        Schedule schedule = entry.schedule().orElse(null);
        scheduleAt = schedule instanceof Schedule.AtTime at ? at.at() : null;
        scheduleOn = schedule instanceof Schedule.AnyTimeOn on ? on.on() : null;
        status = entry.status().name();
        userId = entry.userId().value();
        modifiedAt = entry.modifiedAt();
        concludedAt = entry.concludedAt().orElse(null);
        Recurrence recurrence = entry.recurrence().orElse(null);
        recurrenceUnit = recurrence == null ? null : recurrence.unit().name();
        recurrenceEvery = recurrence == null ? null : recurrence.every();
        recurrenceUntil = recurrence == null ? null : recurrence.until();
        recurrenceCount = recurrence == null ? null : recurrence.count();
        seriesId = entry.seriesId().map(AgendaEntryId::value).orElse(null);
        seriesStart = entry.seriesStart().orElse(null);
        occurrence = entry.occurrence();
        dedupeKey = entry.dedupeKey().orElse(null);
        caseId = entry.caseId().map(CaseId::value).orElse(null);
        onSite = entry.onSite();
        attachments = JSON.write(entry.attachments());
        workReport = entry.workReport().map(JSON::write).orElse(null);
    }

    /**
     * The change of a row read in plain JDBC ({@link #read}), bound by {@link #bindUpdate}: every column {@link #apply}
     * sets, the version moved on, on the condition that the row is still at the version it was read with.
     */
    static final String UPDATE = "update crm_agenda_entry set account_id = ?, contact_id = ?, card_id = ?, type_id = ?,"
            + " description = ?, schedule_at = ?, schedule_on = ?, status = ?, user_id = ?, modified_at = ?, concluded_at = ?,"
            + " recurrence_unit = ?, recurrence_every = ?, recurrence_until = ?, recurrence_count = ?, series_id = ?,"
            + " series_start = ?, occurrence = ?, dedupe_key = ?, case_id = ?, on_site = ?, attachments = ?, work_report = ?,"
            + " version = ? where tenant_id = ? and id = ? and version = ?";

    /** Binds the row's columns to {@link #UPDATE}, moving its version from {@code loaded} to {@link #version}. */
    void bindUpdate(java.sql.PreparedStatement statement, long loaded) throws SQLException {
        statement.setObject(1, accountId);
        statement.setObject(2, contactId);
        statement.setObject(3, cardId);
        statement.setObject(4, typeId);
        statement.setString(5, description);
        if (scheduleAt == null) {
            statement.setNull(6, java.sql.Types.TIMESTAMP);
        } else {
            statement.setObject(6, scheduleAt);
        }
        JpaUnitOfWork.setDate(statement, 7, scheduleOn);
        statement.setString(8, status);
        statement.setString(9, userId);
        JpaUnitOfWork.setInstant(statement, 10, modifiedAt);
        JpaUnitOfWork.setInstant(statement, 11, concludedAt);
        statement.setString(12, recurrenceUnit);
        statement.setObject(13, recurrenceEvery, java.sql.Types.INTEGER);
        JpaUnitOfWork.setDate(statement, 14, recurrenceUntil);
        statement.setObject(15, recurrenceCount, java.sql.Types.INTEGER);
        statement.setObject(16, seriesId);
        JpaUnitOfWork.setDate(statement, 17, seriesStart);
        statement.setInt(18, occurrence);
        statement.setString(19, dedupeKey);
        statement.setObject(20, caseId);
        statement.setBoolean(21, onSite);
        statement.setString(22, attachments);
        statement.setString(23, workReport);
        statement.setLong(24, version);
        statement.setString(25, tenantId);
        statement.setObject(26, id);
        statement.setLong(27, loaded);
    }

    /**
     * A row of {@code select e.* from crm_agenda_entry e} read with plain JDBC ({@link SqlQuery#rows(JpaUnitOfWork,
     * int, SqlQuery.RowReader)}), for listings of many entries: the same fields Hibernate fills, by column name.
     */
    static AgendaEntryEntity read(ResultSet rs) throws SQLException {
        AgendaEntryEntity row = new AgendaEntryEntity();
        row.tenantId = rs.getString("tenant_id");
        row.id = rs.getObject("id", UUID.class);
        row.accountId = rs.getObject("account_id", UUID.class);
        row.contactId = rs.getObject("contact_id", UUID.class);
        row.cardId = rs.getObject("card_id", UUID.class);
        row.typeId = rs.getObject("type_id", UUID.class);
        row.description = rs.getString("description");
        row.scheduleAt = rs.getObject("schedule_at", LocalDateTime.class);
        row.scheduleOn = rs.getObject("schedule_on", LocalDate.class);
        row.status = rs.getString("status");
        row.userId = rs.getString("user_id");
        row.createdBy = rs.getString("created_by");
        row.createdAt = SqlQuery.instant(rs, "created_at");
        row.modifiedAt = SqlQuery.instant(rs, "modified_at");
        row.concludedAt = SqlQuery.instant(rs, "concluded_at");
        row.recurrenceUnit = rs.getString("recurrence_unit");
        row.recurrenceEvery = rs.getObject("recurrence_every", Integer.class);
        row.recurrenceUntil = rs.getObject("recurrence_until", LocalDate.class);
        row.recurrenceCount = rs.getObject("recurrence_count", Integer.class);
        row.seriesId = rs.getObject("series_id", UUID.class);
        row.seriesStart = rs.getObject("series_start", LocalDate.class);
        row.occurrence = rs.getInt("occurrence");
        row.dedupeKey = rs.getString("dedupe_key");
        row.caseId = rs.getObject("case_id", UUID.class);
        row.onSite = rs.getBoolean("on_site");
        row.attachments = rs.getString("attachments");
        row.workReport = rs.getString("work_report");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

    AgendaEntry toDomain() {
        Schedule schedule = scheduleAt != null ? new Schedule.AtTime(scheduleAt)
                : scheduleOn != null ? new Schedule.AnyTimeOn(scheduleOn) : null;
        Recurrence recurrence = recurrenceUnit == null ? null
                : new Recurrence(RecurrenceUnit.valueOf(recurrenceUnit), recurrenceEvery, recurrenceUntil, recurrenceCount);
        return StoredRecords.agendaEntry(new AgendaEntryId(id), new AccountId(accountId),
                contactId == null ? null : new ContactId(contactId), cardId == null ? null : new CardId(cardId),
                typeId == null ? null : new CatalogEntryId(typeId), description, schedule, AgendaStatus.valueOf(status),
                UserId.of(userId), createdBy == null ? null : UserId.of(createdBy), createdAt, modifiedAt, concludedAt,
                recurrence, seriesId == null ? null : new AgendaEntryId(seriesId), seriesStart, occurrence, dedupeKey,
                caseId == null ? null : new CaseId(caseId), onSite, List.of(JSON.read(attachments, Attachment[].class)),
                workReport == null ? null : JSON.read(workReport, WorkReport.class), Version.of(version));
    }
}
