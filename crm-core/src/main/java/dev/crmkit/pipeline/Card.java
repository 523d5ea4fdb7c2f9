package dev.crmkit.pipeline;

import com.google.common.collect.ImmutableSortedSet;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * A prospect card on a pipeline's board. Immutable; every edit returns the new state and one
 * {@link dev.crmkit.common.FieldChange} per changed field, for the pipeline's history.
 *
 * <p>A card is <em>open</em> until it is archived, lost, or converted to a customer or to a customer service;
 * an account has at most one open card per pipeline. Stagnation is never stored: an open card is stagnant when
 * its stage has stagnant days and it was not updated for that long ({@link #stagnant(Stage, Instant)}).
 */
public final class Card {

    /** The largest length of a card's description. */
    public static final int MAX_DESCRIPTION = 65_536;

    /** Members in the order of their ids' texts. */
    private static final Comparator<UserId> MEMBER_ORDER = Comparator.comparing(UserId::value);

    private final CardId id;
    private final PipelineId pipelineId;
    private final StageId stageId;
    private final String position;
    private final String name;
    private final String description;
    private final SortedSet<LabelId> labels;
    private final SortedSet<UserId> members;
    private final UserId salespersonId;
    private final Money value;
    private final LocalDate expectedCloseDate;
    private final AccountId accountId;
    private final List<Comment> comments;
    private final List<Attachment> attachments;
    private final boolean archived;
    private final Instant lostAt;
    private final String lostReason;
    private final Instant convertedToCustomerAt;
    private final Instant convertedToServiceAt;
    private final String serviceReference;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Version version;

    private Card(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.pipelineId = Objects.requireNonNull(b.pipelineId, "pipelineId");
        this.stageId = Objects.requireNonNull(b.stageId, "stageId");
        this.position = Objects.requireNonNull(b.position, "position");
        this.name = Objects.requireNonNull(b.name, "name");
        this.description = b.description;
        // Immutable sorted sets, taken as they are when they come from another card: a board summarizes thousands of
        // cards, and copying two sets per card was most of what it allocated.
        this.labels = ImmutableSortedSet.copyOf(b.labels);
        this.members = ImmutableSortedSet.copyOf(MEMBER_ORDER, b.members);
        this.salespersonId = b.salespersonId;
        this.value = b.value;
        this.expectedCloseDate = b.expectedCloseDate;
        this.accountId = b.accountId;
        this.comments = List.copyOf(b.comments);
        this.attachments = List.copyOf(b.attachments);
        this.archived = b.archived;
        this.lostAt = b.lostAt;
        this.lostReason = b.lostReason;
        this.convertedToCustomerAt = b.convertedToCustomerAt;
        this.convertedToServiceAt = b.convertedToServiceAt;
        this.serviceReference = b.serviceReference;
        this.createdBy = Objects.requireNonNull(b.createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(b.updatedAt, "updatedAt");
        this.version = Objects.requireNonNull(b.version, "version");
    }

    /**
     * A builder of a card, for {@code create}-like use by the library and {@code reconstitute}-like use by
     * adapters: every field is set explicitly.
     *
     * @return an empty builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this card's state, to change some fields of */
    Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.pipelineId = pipelineId;
        b.stageId = stageId;
        b.position = position;
        b.name = name;
        b.description = description;
        b.labels = labels;
        b.members = members;
        b.salespersonId = salespersonId;
        b.value = value;
        b.expectedCloseDate = expectedCloseDate;
        b.accountId = accountId;
        b.comments = comments;
        b.attachments = attachments;
        b.archived = archived;
        b.lostAt = lostAt;
        b.lostReason = lostReason;
        b.convertedToCustomerAt = convertedToCustomerAt;
        b.convertedToServiceAt = convertedToServiceAt;
        b.serviceReference = serviceReference;
        b.createdBy = createdBy;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        b.version = version;
        return b;
    }

    /**
     * The new state an edit made of this card, compared field by field.
     *
     * @param edited the builder holding the edited state
     * @param now the instant of the edit
     * @return the new state (this one when nothing changed) and the changed fields
     */
    Changed<Card> edit(Builder edited, Instant now) {
        Card next = edited.updatedAt(now).build();
        Map<String, String> before = fields();
        Map<String, String> after = next.fields();
        Changes changes = new Changes();
        before.forEach((field, old) -> changes.compare(field, old, after.get(field)));
        after.forEach((field, v) -> {
            if (!before.containsKey(field)) {
                changes.compare(field, null, v);
            }
        });
        return new Changed<>(changes.isEmpty() ? this : next, changes.toList());
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same card at that version
     */
    public Card withVersion(Version newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /** @return whether the card is neither archived, lost nor converted */
    public boolean open() {
        return !archived && lostAt == null && convertedToCustomerAt == null && convertedToServiceAt == null;
    }

    /**
     * Whether the card is stagnant now: open, in a stage with stagnant days, and not updated for that long.
     *
     * @param stage the card's stage
     * @param now the current instant
     * @return {@code true} when stagnant
     */
    public boolean stagnant(Stage stage, Instant now) {
        Instant threshold = stage.stagnantBefore(now);
        return open() && threshold != null && !updatedAt.isAfter(threshold);
    }

    /**
     * @param commentId a comment
     * @return the comment, if the card has it
     */
    public Optional<Comment> comment(CommentId commentId) {
        return comments.stream().filter(c -> c.id().equals(commentId)).findFirst();
    }

    /**
     * @param documentId an attachment
     * @return the attachment, if the card has it
     */
    public Optional<Attachment> attachment(DocumentId documentId) {
        return attachments.stream().filter(a -> a.id().equals(documentId)).findFirst();
    }

    /**
     * Every field, by path, rendered as text: what an edit is compared by, one history entry per changed path.
     *
     * @return the fields, in a stable order
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("labels", labels.isEmpty() ? null : labels.stream().map(LabelId::toString).collect(Collectors.joining(", ")));
        fields.put("members", members.isEmpty() ? null : members.stream().map(UserId::value).collect(Collectors.joining(", ")));
        fields.put("salespersonId", salespersonId == null ? null : salespersonId.value());
        fields.put("value", value == null ? null : value.toString());
        fields.put("expectedCloseDate", expectedCloseDate == null ? null : expectedCloseDate.toString());
        fields.put("accountId", accountId == null ? null : accountId.toString());
        fields.put("stageId", stageId.toString());
        fields.put("position", position);
        fields.put("archived", String.valueOf(archived));
        fields.put("lost", String.valueOf(lostAt != null));
        fields.put("lostReason", lostReason);
        fields.put("convertedToCustomer", String.valueOf(convertedToCustomerAt != null));
        fields.put("serviceReference", serviceReference);
        for (Comment comment : comments) {
            fields.put("comments[" + comment.id() + "]", comment.text());
        }
        for (Attachment attachment : attachments) {
            fields.put("attachments[" + attachment.id() + "]", attachment.fileName());
        }
        return fields;
    }

    /** @return the id */
    public CardId id() {
        return id;
    }

    /** @return the pipeline */
    public PipelineId pipelineId() {
        return pipelineId;
    }

    /** @return the stage */
    public StageId stageId() {
        return stageId;
    }

    /** @return the position key within the stage */
    public String position() {
        return position;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the description, or {@code null} */
    public String description() {
        return description;
    }

    /** @return the labels */
    public SortedSet<LabelId> labels() {
        return labels;
    }

    /** @return the members */
    public SortedSet<UserId> members() {
        return members;
    }

    /** @return the salesperson, if any */
    public Optional<UserId> salespersonId() {
        return Optional.ofNullable(salespersonId);
    }

    /** @return the expected value, if any */
    public Optional<Money> value() {
        return Optional.ofNullable(value);
    }

    /** @return the expected close date, if any */
    public Optional<LocalDate> expectedCloseDate() {
        return Optional.ofNullable(expectedCloseDate);
    }

    /** @return the linked account (the prospect), if any */
    public Optional<AccountId> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** @return the comments, oldest first */
    public List<Comment> comments() {
        return comments;
    }

    /** @return the attachments, oldest first */
    public List<Attachment> attachments() {
        return attachments;
    }

    /** @return whether the card is archived */
    public boolean archived() {
        return archived;
    }

    /** @return when the card was marked lost, if it is */
    public Optional<Instant> lostAt() {
        return Optional.ofNullable(lostAt);
    }

    /** @return why the card was lost, if it is and a reason was given */
    public Optional<String> lostReason() {
        return Optional.ofNullable(lostReason);
    }

    /** @return when the card was converted to a customer, if it was */
    public Optional<Instant> convertedToCustomerAt() {
        return Optional.ofNullable(convertedToCustomerAt);
    }

    /** @return when the card was converted to a customer service, if it was */
    public Optional<Instant> convertedToServiceAt() {
        return Optional.ofNullable(convertedToServiceAt);
    }

    /** @return the host's reference of the customer service or contract it was converted to, if any */
    public Optional<String> serviceReference() {
        return Optional.ofNullable(serviceReference);
    }

    /** @return who created the card */
    public UserId createdBy() {
        return createdBy;
    }

    /** @return when the card was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the card last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Card c
                && id.equals(c.id)
                && fields().equals(c.fields())
                && comments.equals(c.comments)
                && attachments.equals(c.attachments)
                && Objects.equals(lostAt, c.lostAt)
                && Objects.equals(convertedToCustomerAt, c.convertedToCustomerAt)
                && Objects.equals(convertedToServiceAt, c.convertedToServiceAt)
                && createdBy.equals(c.createdBy)
                && createdAt.equals(c.createdAt)
                && updatedAt.equals(c.updatedAt)
                && version.equals(c.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Card[" + id + ", " + name + " in " + stageId + " at " + position + (open() ? "" : ", closed") + ", v" + version + "]";
    }

    /** Builds a {@link Card}; every field is set explicitly. */
    public static final class Builder {

        private CardId id;
        private PipelineId pipelineId;
        private StageId stageId;
        private String position;
        private String name;
        private String description;
        private Set<LabelId> labels = Set.of();
        private Set<UserId> members = Set.of();
        private UserId salespersonId;
        private Money value;
        private LocalDate expectedCloseDate;
        private AccountId accountId;
        private List<Comment> comments = List.of();
        private List<Attachment> attachments = List.of();
        private boolean archived;
        private Instant lostAt;
        private String lostReason;
        private Instant convertedToCustomerAt;
        private Instant convertedToServiceAt;
        private String serviceReference;
        private UserId createdBy;
        private Instant createdAt;
        private Instant updatedAt;
        private Version version = Version.UNSAVED;

        private Builder() {}

        /** @param v the id @return this builder */
        public Builder id(CardId v) {
            id = v;
            return this;
        }

        /** @param v the pipeline @return this builder */
        public Builder pipelineId(PipelineId v) {
            pipelineId = v;
            return this;
        }

        /** @param v the stage @return this builder */
        public Builder stageId(StageId v) {
            stageId = v;
            return this;
        }

        /** @param v the position key @return this builder */
        public Builder position(String v) {
            position = v;
            return this;
        }

        /** @param v the name @return this builder */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /** @param v the description @return this builder */
        public Builder description(String v) {
            description = v;
            return this;
        }

        /** @param v the labels @return this builder */
        public Builder labels(Set<LabelId> v) {
            labels = ImmutableSortedSet.copyOf(v);
            return this;
        }

        /** @param v the members @return this builder */
        public Builder members(Set<UserId> v) {
            members = ImmutableSortedSet.copyOf(MEMBER_ORDER, v);
            return this;
        }

        /** @param v the salesperson @return this builder */
        public Builder salespersonId(UserId v) {
            salespersonId = v;
            return this;
        }

        /** @param v the value @return this builder */
        public Builder value(Money v) {
            value = v;
            return this;
        }

        /** @param v the expected close date @return this builder */
        public Builder expectedCloseDate(LocalDate v) {
            expectedCloseDate = v;
            return this;
        }

        /** @param v the linked account @return this builder */
        public Builder accountId(AccountId v) {
            accountId = v;
            return this;
        }

        /** @param v the comments @return this builder */
        public Builder comments(List<Comment> v) {
            comments = List.copyOf(v);
            return this;
        }

        /** @param v the attachments @return this builder */
        public Builder attachments(List<Attachment> v) {
            attachments = List.copyOf(v);
            return this;
        }

        /** @param v the archived flag @return this builder */
        public Builder archived(boolean v) {
            archived = v;
            return this;
        }

        /** @param at when lost, or {@code null} @param reason why, or {@code null} @return this builder */
        public Builder lost(Instant at, String reason) {
            lostAt = at;
            lostReason = reason;
            return this;
        }

        /** @param at when lost, or {@code null} @return this builder */
        public Builder lostAt(Instant at) {
            lostAt = at;
            return this;
        }

        /** @param reason why it was lost, or {@code null} @return this builder */
        public Builder lostReason(String reason) {
            lostReason = reason;
            return this;
        }

        /** @param at when converted to a service, or {@code null} @return this builder */
        public Builder convertedToServiceAt(Instant at) {
            convertedToServiceAt = at;
            return this;
        }

        /** @param reference the service it was converted to, or {@code null} @return this builder */
        public Builder serviceReference(String reference) {
            serviceReference = reference;
            return this;
        }

        /** @param at when converted to a customer, or {@code null} @return this builder */
        public Builder convertedToCustomerAt(Instant at) {
            convertedToCustomerAt = at;
            return this;
        }

        /** @param at when converted to a service, or {@code null} @param reference the service @return this builder */
        public Builder convertedToService(Instant at, String reference) {
            convertedToServiceAt = at;
            serviceReference = reference;
            return this;
        }

        /** @param v the creator @return this builder */
        public Builder createdBy(UserId v) {
            createdBy = v;
            return this;
        }

        /** @param v the creation instant @return this builder */
        public Builder createdAt(Instant v) {
            createdAt = v;
            return this;
        }

        /** @param v the last change instant @return this builder */
        public Builder updatedAt(Instant v) {
            updatedAt = v;
            return this;
        }

        /** @param v the version @return this builder */
        public Builder version(Version v) {
            version = v;
            return this;
        }

        /** @return a copy of the comments, to change */
        public List<Comment> commentsCopy() {
            return new ArrayList<>(comments);
        }

        /** @return a copy of the attachments, to change */
        public List<Attachment> attachmentsCopy() {
            return new ArrayList<>(attachments);
        }

        /** @return the card */
        public Card build() {
            return new Card(this);
        }
    }
}
