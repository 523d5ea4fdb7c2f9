package dev.crmkit.casework;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a case says and who works on it: everything of a case an agent edits, apart from its status and comments.
 *
 * @param contactId the contact of the case's account who asked, or {@code null}
 * @param subject a one-line subject
 * @param description what the customer asked, or {@code null}
 * @param channel how the case reached the help desk
 * @param categoryId its category, a {@code CASE_CATEGORY} catalog entry, or {@code null}
 * @param priorityId its priority, a {@code PRIORITY} catalog entry, or {@code null}
 * @param assigneeId the agent working on it, or {@code null}
 * @param teamId the team it is queued for, a {@code TEAM} catalog entry, or {@code null}
 */
public record CaseDetails(
        ContactId contactId,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 10_000) String description,
        @NotNull CaseChannel channel,
        CatalogEntryId categoryId,
        CatalogEntryId priorityId,
        UserId assigneeId,
        CatalogEntryId teamId) {

    /** Trims the texts. */
    public CaseDetails {
        subject = Text.trimToNull(subject);
        description = Text.trimToNull(description);
    }

    /**
     * Starts the details of a case: no contact, description, category, priority, assignee or team until the builder
     * says otherwise.
     *
     * @param subject the subject
     * @param channel how it reached the help desk
     * @return a builder
     */
    public static Builder builder(String subject, CaseChannel channel) {
        return new Builder(subject, channel);
    }

    /**
     * A builder starting from these details, to change some of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(subject, channel).contactId(contactId).description(description).categoryId(categoryId)
                .priorityId(priorityId).assigneeId(assigneeId).teamId(teamId);
    }

    /**
     * Every field rendered as text, for the changes an event and the history report.
     *
     * @return the fields, in declaration order
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contactId", contactId == null ? null : contactId.toString());
        fields.put("subject", subject);
        fields.put("description", description);
        fields.put("channel", channel == null ? null : channel.name());
        fields.put("categoryId", categoryId == null ? null : categoryId.toString());
        fields.put("priorityId", priorityId == null ? null : priorityId.toString());
        fields.put("assigneeId", assigneeId == null ? null : assigneeId.value());
        fields.put("teamId", teamId == null ? null : teamId.toString());
        return fields;
    }

    /** Builds {@link CaseDetails}. */
    public static final class Builder {

        private ContactId contactId;
        private String subject;
        private String description;
        private CaseChannel channel;
        private CatalogEntryId categoryId;
        private CatalogEntryId priorityId;
        private UserId assigneeId;
        private CatalogEntryId teamId;

        private Builder(String subject, CaseChannel channel) {
            this.subject = subject;
            this.channel = channel;
        }

        /**
         * @param value the contact who asked, or {@code null}
         * @return this builder
         */
        public Builder contactId(ContactId value) {
            this.contactId = value;
            return this;
        }

        /**
         * @param value the subject
         * @return this builder
         */
        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        /**
         * @param value what the customer asked, or {@code null}
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param value how it reached the help desk
         * @return this builder
         */
        public Builder channel(CaseChannel value) {
            this.channel = value;
            return this;
        }

        /**
         * @param value its category, or {@code null}
         * @return this builder
         */
        public Builder categoryId(CatalogEntryId value) {
            this.categoryId = value;
            return this;
        }

        /**
         * @param value its priority, or {@code null}
         * @return this builder
         */
        public Builder priorityId(CatalogEntryId value) {
            this.priorityId = value;
            return this;
        }

        /**
         * @param value the agent working on it, or {@code null}
         * @return this builder
         */
        public Builder assigneeId(UserId value) {
            this.assigneeId = value;
            return this;
        }

        /**
         * @param value the team it is queued for, or {@code null}
         * @return this builder
         */
        public Builder teamId(CatalogEntryId value) {
            this.teamId = value;
            return this;
        }

        /** @return the details (validated when a command carrying them is) */
        public CaseDetails build() {
            return new CaseDetails(contactId, subject, description, channel, categoryId, priorityId, assigneeId, teamId);
        }
    }
}
