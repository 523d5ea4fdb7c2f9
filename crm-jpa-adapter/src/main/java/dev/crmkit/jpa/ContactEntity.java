package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The row of a {@link Contact}: the details as JSON, the name key and search documents as columns. */
@Entity(name = "Contact")
@Table(name = "crm_contact")
@IdClass(Keys.ByUuid.class)
class ContactEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "name_key")
    String nameKey;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "search_digits")
    String searchDigits;

    String details;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    ContactEntity() {}

    /** A row of {@code select c.* from crm_contact c} read with plain JDBC, the fields Hibernate fills. */
    static ContactEntity read(ResultSet rs) throws SQLException {
        ContactEntity row = new ContactEntity();
        row.tenantId = rs.getString("tenant_id");
        row.id = rs.getObject("id", UUID.class);
        row.accountId = rs.getObject("account_id", UUID.class);
        row.nameKey = rs.getString("name_key");
        row.searchText = rs.getString("search_text");
        row.searchDigits = rs.getString("search_digits");
        row.details = rs.getString("details");
        row.createdBy = rs.getString("created_by");
        row.createdAt = SqlQuery.instant(rs, "created_at");
        row.updatedAt = SqlQuery.instant(rs, "updated_at");
        row.version = rs.getObject("version", Long.class);
        return row;
    }

    static ContactEntity of(String tenantId, Contact contact, Json json) {
        ContactEntity row = new ContactEntity();
        row.tenantId = tenantId;
        row.id = contact.id().value();
        row.accountId = contact.accountId().value();
        row.createdBy = contact.createdBy().value();
        row.createdAt = contact.createdAt();
        row.apply(contact, json);
        return row;
    }

    void apply(Contact contact, Json json) {
        nameKey = contact.nameKey();
        searchText = contact.searchText();
        searchDigits = contact.searchDigits();
        details = json.write(contact.details());
        updatedAt = contact.updatedAt();
    }

    Contact toDomain(Json json) {
        return StoredRecords.contact(new ContactId(id), new AccountId(accountId), json.read(details, ContactDetails.class),
                UserId.of(createdBy), createdAt, updatedAt, Version.of(version));
    }
}
