package dev.crmkit.jpa;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import dev.crmkit.discount.DiscountLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The row of a {@link DiscountLimit}: a user's id or a team's entry id as text, by kind. */
@Entity(name = "DiscountLimit")
@Table(name = "crm_discount_limit")
@IdClass(DiscountLimitEntity.Key.class)
class DiscountLimitEntity {

    static final String USER = "USER";
    static final String TEAM = "TEAM";

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    @Column(name = "subject_kind")
    String subjectKind;

    @Id
    @Column(name = "subject_id")
    String subjectId;

    BigDecimal percent;

    @jakarta.persistence.Version
    Long version;

    DiscountLimitEntity() {}

    static Key key(String tenantId, DiscountLimit.Subject subject) {
        return subject instanceof DiscountLimit.User u ? new Key(tenantId, USER, u.userId().value())
                : new Key(tenantId, TEAM, ((DiscountLimit.Team) subject).teamId().toString());
    }

    static DiscountLimitEntity of(String tenantId, DiscountLimit limit) {
        Key key = key(tenantId, limit.subject());
        DiscountLimitEntity row = new DiscountLimitEntity();
        row.tenantId = tenantId;
        row.subjectKind = key.subjectKind;
        row.subjectId = key.subjectId;
        row.percent = limit.percent();
        return row;
    }

    DiscountLimit toDomain() {
        DiscountLimit.Subject subject = USER.equals(subjectKind) ? new DiscountLimit.User(new UserId(subjectId))
                : new DiscountLimit.Team(CatalogEntryId.of(subjectId));
        return new DiscountLimit(subject, percent);
    }

    /** The key: tenant, subject kind and subject id. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String tenantId;
        String subjectKind;
        String subjectId;

        Key() {}

        Key(String tenantId, String subjectKind, String subjectId) {
            this.tenantId = tenantId;
            this.subjectKind = subjectKind;
            this.subjectId = subjectId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(subjectKind, k.subjectKind)
                    && Objects.equals(subjectId, k.subjectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, subjectKind, subjectId);
        }
    }
}
