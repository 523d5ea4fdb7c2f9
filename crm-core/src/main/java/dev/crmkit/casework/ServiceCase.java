package dev.crmkit.casework;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.Attachment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service case: what a customer of an account asked the help desk for, and where it stands. Immutable; changes
 * return a new state.
 */
public final class ServiceCase {

    private final CaseId id;
    private final long number;
    private final AccountId accountId;
    private final CaseDetails details;
    private final CaseStatus status;
    private final UserId openedBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant resolvedAt;
    private final Instant closedAt;
    private final List<CaseComment> comments;
    private final List<Attachment> attachments;
    private final Version version;

    private ServiceCase(CaseId id, long number, AccountId accountId, CaseDetails details, CaseStatus status,
            UserId openedBy, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt,
            List<CaseComment> comments, List<Attachment> attachments, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = number;
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.details = Objects.requireNonNull(details, "details");
        this.status = Objects.requireNonNull(status, "status");
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
        this.comments = List.copyOf(comments);
        this.attachments = List.copyOf(attachments);
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new case, not stored yet. */
    static ServiceCase open(long number, AccountId accountId, CaseDetails details, UserId openedBy, Instant now) {
        return new ServiceCase(CaseId.newId(), number, accountId, details, CaseStatus.NEW, openedBy, now, now, null, null,
                List.of(), List.of(), Version.UNSAVED);
    }

    /** A stored case, as an adapter loads it. */
    static ServiceCase reconstitute(CaseId id, long number, AccountId accountId, CaseDetails details, CaseStatus status,
            UserId openedBy, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt,
            List<CaseComment> comments, List<Attachment> attachments, Version version) {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, updatedAt, resolvedAt, closedAt,
                comments, attachments, version);
    }

    /** Replaces the details; the changes name every field that changed. */
    Changed<ServiceCase> update(CaseDetails newDetails, Instant now) {
        Map<String, String> after = newDetails.fields();
        Changes changes = new Changes();
        details.fields().forEach((field, old) -> changes.compare(field, old, after.get(field)));
        if (changes.isEmpty()) {
            return new Changed<>(this, List.of());
        }
        return new Changed<>(new ServiceCase(id, number, accountId, newDetails, status, openedBy, createdAt, now, resolvedAt,
                closedAt, comments, attachments, version), changes.toList());
    }

    /** The case in another status: resolving stamps the resolution, reopening clears it, closing stamps the close. */
    ServiceCase moveTo(CaseStatus to, Instant now) {
        Instant resolved = to == CaseStatus.RESOLVED ? now : to == CaseStatus.CLOSED ? resolvedAt : null;
        Instant closed = to == CaseStatus.CLOSED ? now : null;
        return new ServiceCase(id, number, accountId, details, to, openedBy, createdAt, now, resolved, closed, comments,
                attachments, version);
    }

    /** The case with one more comment. */
    ServiceCase withComment(CaseComment comment, Instant now) {
        List<CaseComment> next = new ArrayList<>(comments);
        next.add(comment);
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, now, resolvedAt, closedAt, next,
                attachments, version);
    }

    /** The case with other attachments. */
    ServiceCase withAttachments(List<Attachment> next, Instant now) {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, now, resolvedAt, closedAt,
                comments, next, version);
    }

    /** The case as the customer sees it: without the internal comments. */
    ServiceCase forCustomer() {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, updatedAt, resolvedAt, closedAt,
                comments.stream().filter(c -> !c.internal()).toList(), attachments, version);
    }

    /**
     * This state at another version; adapters call it when they store a change.
     *
     * @param newVersion the version
     * @return the same case at that version
     */
    public ServiceCase withVersion(Version newVersion) {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, updatedAt, resolvedAt, closedAt,
                comments, attachments, newVersion);
    }

    /** @return the id */
    public CaseId id() {
        return id;
    }

    /** @return its number, unique in the tenant, given in opening order without gaps from 1 */
    public long number() {
        return number;
    }

    /** @return the account */
    public AccountId accountId() {
        return accountId;
    }

    /** @return what it says and who works on it */
    public CaseDetails details() {
        return details;
    }

    /** @return where it stands */
    public CaseStatus status() {
        return status;
    }

    /** @return who opened it */
    public UserId openedBy() {
        return openedBy;
    }

    /** @return when it was opened */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return when it was resolved, while it is resolved or closed after a resolution */
    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    /** @return when it was closed, once it is */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** @return its comments, oldest first; the internal ones too (see {@link Cases#forCustomer}) */
    public List<CaseComment> comments() {
        return comments;
    }

    /** @return its attachments, in the order they were attached */
    public List<Attachment> attachments() {
        return attachments;
    }

    /**
     * One attachment.
     *
     * @param documentId the id its bytes are stored under
     * @return the attachment, or empty when the case has none with that id
     */
    public Optional<Attachment> attachment(DocumentId documentId) {
        return attachments.stream().filter(a -> a.id().equals(documentId)).findFirst();
    }

    /**
     * One comment.
     *
     * @param commentId the comment
     * @return the comment, or empty when the case has none with that id
     */
    public Optional<CaseComment> comment(CommentId commentId) {
        return comments.stream().filter(c -> c.id().equals(commentId)).findFirst();
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceCase c && id.equals(c.id) && number == c.number && accountId.equals(c.accountId)
                && details.equals(c.details) && status == c.status && openedBy.equals(c.openedBy)
                && createdAt.equals(c.createdAt) && updatedAt.equals(c.updatedAt) && Objects.equals(resolvedAt, c.resolvedAt)
                && Objects.equals(closedAt, c.closedAt) && comments.equals(c.comments) && attachments.equals(c.attachments)
                && version.equals(c.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "ServiceCase[#" + number + ", " + id + ", " + status + ", v" + version + "]";
    }
}
