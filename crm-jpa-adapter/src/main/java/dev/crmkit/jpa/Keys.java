package dev.crmkit.jpa;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The composite primary keys: the tenant first, then the row's own id. */
final class Keys {

    private Keys() {}

    /** A tenant and a UUID id. */
    static final class ByUuid implements Serializable {

        private static final long serialVersionUID = 1L;

        String tenantId;
        UUID id;

        ByUuid() {}

        ByUuid(String tenantId, UUID id) {
            this.tenantId = tenantId;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByUuid k && Objects.equals(tenantId, k.tenantId) && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, id);
        }
    }

    /** A tenant and a user id (the host's own key). */
    static final class ByUser implements Serializable {

        private static final long serialVersionUID = 1L;

        String tenantId;
        String userId;

        ByUser() {}

        ByUser(String tenantId, String userId) {
            this.tenantId = tenantId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByUser k && Objects.equals(tenantId, k.tenantId) && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, userId);
        }
    }
}
