package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Sends an operator on site: an agenda entry on the operator's task list, linked to a service case or to an account.
 * With a case the account is the case's (when {@code accountId} is also given it must be the case's).
 *
 * @param caseId the service case served, or {@code null} (then {@code accountId} is required)
 * @param accountId the account served, or {@code null} when {@code caseId} names it
 * @param typeId an agenda entry type of the catalog, or {@code null}
 * @param description what is to be done, up to 64 KiB
 * @param schedule when the operator is expected on site
 * @param operatorId the operator sent; active and seeing the account
 */
public record DispatchIntervention(
        CaseId caseId,
        AccountId accountId,
        CatalogEntryId typeId,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String description,
        @NotNull Schedule schedule,
        @NotNull UserId operatorId) {

    /**
     * Starts a {@link DispatchIntervention} from its required parts; the case, account and type start empty.
     *
     * @param description what is to be done
     * @param schedule when the operator is expected on site
     * @param operatorId the operator sent
     * @return a builder
     */
    public static Builder builder(String description, Schedule schedule, UserId operatorId) {
        Builder builder = new Builder();
        builder.description = description;
        builder.schedule = schedule;
        builder.operatorId = operatorId;
        return builder;
    }

    /** Builds a {@link DispatchIntervention}, one named step per part. */
    public static final class Builder {

        private CaseId caseId;
        private AccountId accountId;
        private CatalogEntryId typeId;
        private String description;
        private Schedule schedule;
        private UserId operatorId;

        private Builder() {}

        /**
         * @param value the service case served, or {@code null}
         * @return this builder
         */
        public Builder caseId(CaseId value) {
            this.caseId = value;
            return this;
        }

        /**
         * @param value the account served, or {@code null} when the case names it
         * @return this builder
         */
        public Builder accountId(AccountId value) {
            this.accountId = value;
            return this;
        }

        /**
         * @param value an agenda entry type, or {@code null}
         * @return this builder
         */
        public Builder typeId(CatalogEntryId value) {
            this.typeId = value;
            return this;
        }

        /**
         * @param value what is to be done
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param value when the operator is expected on site
         * @return this builder
         */
        public Builder schedule(Schedule value) {
            this.schedule = value;
            return this;
        }

        /**
         * @param value the operator sent
         * @return this builder
         */
        public Builder operatorId(UserId value) {
            this.operatorId = value;
            return this;
        }

        /** @return the {@link DispatchIntervention} of the steps so far, checked as any other when a use case receives it */
        public DispatchIntervention build() {
            return new DispatchIntervention(caseId, accountId, typeId, description, schedule, operatorId);
        }
    }
}
