package dev.crmkit.jpa;

import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CrmUser;
import dev.crmkit.common.CatalogEntryId;
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
import java.util.Locale;
import java.util.UUID;

/** The row of a {@link CrmUser}. */
@Entity(name = "CrmUser")
@Table(name = "crm_user")
@IdClass(Keys.ByUser.class)
class UserEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    @Column(name = "user_id")
    String userId;

    @Column(name = "display_name")
    String displayName;

    boolean active;

    @Column(name = "team_id")
    UUID teamId;

    String scope;

    boolean admin;

    /** The user's own language as a BCP 47 tag, or {@code null} for the tenant's. */
    String locale;

    @Column(name = "created_at")
    Instant createdAt;

    @jakarta.persistence.Version
    Long version;

    UserEntity() {}

    /**
     * The row's columns read with plain JDBC, by name, into the fields Hibernate would fill.
     *
     * @param prefix what each column's label starts with (a join gives the user's columns labels of their own)
     */
    static UserEntity read(ResultSet rs, String prefix) throws SQLException {
        UserEntity row = new UserEntity();
        row.tenantId = rs.getString(prefix + "tenant_id");
        row.userId = rs.getString(prefix + "user_id");
        row.displayName = rs.getString(prefix + "display_name");
        row.active = rs.getBoolean(prefix + "active");
        row.teamId = rs.getObject(prefix + "team_id", UUID.class);
        row.scope = rs.getString(prefix + "scope");
        row.admin = rs.getBoolean(prefix + "admin");
        row.locale = rs.getString(prefix + "locale");
        row.createdAt = SqlQuery.instant(rs, prefix + "created_at");
        row.version = rs.getObject(prefix + "version", Long.class);
        return row;
    }

    static UserEntity of(String tenantId, CrmUser user) {
        UserEntity row = new UserEntity();
        row.tenantId = tenantId;
        row.userId = user.id().value();
        row.createdAt = user.createdAt();
        row.apply(user);
        return row;
    }

    void apply(CrmUser user) {
        displayName = user.displayName();
        active = user.active();
        teamId = user.teamId().map(CatalogEntryId::value).orElse(null);
        scope = user.scope().name();
        admin = user.admin();
        locale = user.locale().map(Locale::toLanguageTag).orElse(null);
    }

    CrmUser toDomain() {
        return StoredRecords.user(UserId.of(userId), displayName, active, teamId == null ? null : new CatalogEntryId(teamId),
                AccessScope.valueOf(scope), admin, locale == null ? null : Locale.forLanguageTag(locale), createdAt,
                Version.of(version));
    }
}
