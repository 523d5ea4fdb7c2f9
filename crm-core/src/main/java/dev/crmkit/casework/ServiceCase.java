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
import java.time.Duration;
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
    private final SlaTimes firstResponse;
    private final SlaTimes resolution;
    private final List<ClockPause> pauses;
    private final Version version;

    private ServiceCase(CaseId id, long number, AccountId accountId, CaseDetails details, CaseStatus status,
            UserId openedBy, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt,
            List<CaseComment> comments, List<Attachment> attachments, SlaTimes firstResponse, SlaTimes resolution,
            List<ClockPause> pauses, Version version) {
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
        this.firstResponse = Objects.requireNonNull(firstResponse, "firstResponse");
        this.resolution = Objects.requireNonNull(resolution, "resolution");
        this.pauses = List.copyOf(pauses);
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new case, not stored yet. */
    static ServiceCase open(long number, AccountId accountId, CaseDetails details, UserId openedBy, Instant now,
            SlaSettings sla, BusinessCalendar calendar) {
        ServiceCase opened = new ServiceCase(CaseId.newId(), number, accountId, details, CaseStatus.NEW, openedBy, now, now,
                null, null, List.of(), List.of(), SlaTimes.NONE, SlaTimes.NONE, List.of(), Version.UNSAVED);
        return opened.withClocks(opened.setFirstResponse(sla, calendar), opened.setResolution(sla, calendar), opened.pauses);
    }

    /** A stored case, as an adapter loads it. */
    static ServiceCase reconstitute(CaseId id, long number, AccountId accountId, CaseDetails details, CaseStatus status,
            UserId openedBy, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt,
            List<CaseComment> comments, List<Attachment> attachments, SlaTimes firstResponse, SlaTimes resolution,
            List<ClockPause> pauses, Version version) {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, updatedAt, resolvedAt, closedAt,
                comments, attachments, firstResponse, resolution, pauses, version);
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
                closedAt, comments, attachments, firstResponse, resolution, pauses, version), changes.toList());
    }

    /**
     * The case in another status: resolving stamps the resolution, reopening clears it, closing stamps the close. The
     * resolution clock stops when the case leaves new or open (to wait for the customer, or resolved or closed) and
     * resumes when it comes back, the time between becoming a pause; resolving or closing also stops a first-response
     * clock still running.
     */
    ServiceCase moveTo(CaseStatus to, Instant now, SlaSettings sla, BusinessCalendar calendar) {
        Instant resolved = to == CaseStatus.RESOLVED ? now : to == CaseStatus.CLOSED ? resolvedAt : null;
        Instant closed = to == CaseStatus.CLOSED ? now : null;
        SlaTimes first = firstResponse;
        if ((to == CaseStatus.RESOLVED || to == CaseStatus.CLOSED) && first.stoppedAt() == null) {
            first = first.stop(now);
        }
        ServiceCase moved = new ServiceCase(id, number, accountId, details, to, openedBy, createdAt, now, resolved, closed,
                comments, attachments, first, resolution, pauses, version);
        if (runs(status) && !runs(to)) {
            return moved.withClocks(first, resolution.stop(now), pauses);
        }
        if (!runs(status) && runs(to)) {
            List<ClockPause> longer = new ArrayList<>(pauses);
            if (resolution.stoppedAt() != null) {
                longer.add(new ClockPause(resolution.stoppedAt(), now));
            }
            ServiceCase resumed = moved.withClocks(first, new SlaTimes(null, null, null, null), longer);
            return resumed.withClocks(first, resumed.setResolution(sla, calendar), longer);
        }
        return moved;
    }

    /** Whether the resolution clock runs in a status: while the case is new or worked on. */
    private static boolean runs(CaseStatus status) {
        return status == CaseStatus.NEW || status == CaseStatus.OPEN;
    }

    /**
     * The clocks set anew from the settings in force, as when the priority changes: the targets and due times of the
     * new priority, the stops and pauses kept.
     */
    ServiceCase resetClocks(SlaSettings sla, BusinessCalendar calendar) {
        return withClocks(setFirstResponse(sla, calendar), setResolution(sla, calendar), pauses);
    }

    private ServiceCase withClocks(SlaTimes first, SlaTimes resolve, List<ClockPause> spans) {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, updatedAt, resolvedAt, closedAt,
                comments, attachments, first, resolve, spans, version);
    }

    private SlaTimes setFirstResponse(SlaSettings sla, BusinessCalendar calendar) {
        return sla.target(details.priorityId())
                .map(t -> times(t.firstResponse(), sla, calendar, List.of(), firstResponse.stoppedAt()))
                .orElseGet(() -> new SlaTimes(null, null, null, firstResponse.stoppedAt()));
    }

    private SlaTimes setResolution(SlaSettings sla, BusinessCalendar calendar) {
        return sla.target(details.priorityId())
                .map(t -> times(t.resolution(), sla, calendar, pauses, resolution.stoppedAt()))
                .orElseGet(() -> new SlaTimes(null, null, null, resolution.stoppedAt()));
    }

    /** A clock's due times: the target and its at-risk share counted in business time from the opening. */
    private SlaTimes times(Duration target, SlaSettings sla, BusinessCalendar calendar, List<ClockPause> spans,
            Instant stoppedAt) {
        Duration risk = target.multipliedBy(sla.atRiskPercent()).dividedBy(100);
        return new SlaTimes(target, calendar.dueAt(createdAt, target, spans), calendar.dueAt(createdAt, risk, spans),
                stoppedAt);
    }

    /**
     * The case's clocks read at an instant.
     *
     * @param now the instant
     * @param calendar the tenant's calendar, which counts the elapsed business time
     * @return both clocks
     */
    CaseSla sla(Instant now, BusinessCalendar calendar) {
        SlaState first = firstResponse.state(now, true);
        Instant firstUntil = firstResponse.stopped().orElse(now);
        SlaClock firstClock = new SlaClock(first, firstResponse.target(), firstResponse.dueAt(),
                calendar.elapsed(createdAt, firstUntil.isAfter(now) ? now : firstUntil, List.of()));
        SlaState resolve = resolutionState(now);
        Instant resolveUntil = resolution.stopped().orElse(now);
        SlaClock resolveClock = new SlaClock(resolve, resolution.target(),
                resolve == SlaState.PAUSED ? null : resolution.dueAt(),
                calendar.elapsed(createdAt, resolveUntil.isAfter(now) ? now : resolveUntil, pauses));
        return new CaseSla(id, firstClock, resolveClock, now);
    }

    /**
     * Where the first-response clock stands.
     *
     * @param now the instant it is read at
     * @return its state
     */
    public SlaState firstResponseState(Instant now) {
        return firstResponse.state(now, true);
    }

    /**
     * Where the resolution clock stands.
     *
     * @param now the instant it is read at
     * @return its state ({@link SlaState#PAUSED} while the case waits for its customer within the target)
     */
    public SlaState resolutionState(Instant now) {
        return resolution.state(now, status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED);
    }

    /** The case with one more comment; the first public one stops the first-response clock. */
    ServiceCase withComment(CaseComment comment, Instant now) {
        List<CaseComment> next = new ArrayList<>(comments);
        next.add(comment);
        SlaTimes first = !comment.internal() && firstResponse.stoppedAt() == null ? firstResponse.stop(now) : firstResponse;
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, now, resolvedAt, closedAt, next,
                attachments, first, resolution, pauses, version);
    }

    /** The case with other attachments. */
    ServiceCase withAttachments(List<Attachment> next, Instant now) {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, now, resolvedAt, closedAt,
                comments, next, firstResponse, resolution, pauses, version);
    }

    /** The case as the customer sees it: without the internal comments. */
    ServiceCase forCustomer() {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, updatedAt, resolvedAt, closedAt,
                comments.stream().filter(c -> !c.internal()).toList(), attachments, firstResponse, resolution, pauses, version);
    }

    /**
     * This state at another version; adapters call it when they store a change.
     *
     * @param newVersion the version
     * @return the same case at that version
     */
    public ServiceCase withVersion(Version newVersion) {
        return new ServiceCase(id, number, accountId, details, status, openedBy, createdAt, updatedAt, resolvedAt, closedAt,
                comments, attachments, firstResponse, resolution, pauses, newVersion);
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

    /** @return the first-response clock's stored instants */
    public SlaTimes firstResponse() {
        return firstResponse;
    }

    /** @return the resolution clock's stored instants */
    public SlaTimes resolution() {
        return resolution;
    }

    /** @return the spans during which the resolution clock stood still and then resumed, oldest first */
    public List<ClockPause> pauses() {
        return pauses;
    }

    /**
     * When the case's next target falls due: the earlier of its running clocks' due times. The case queue is ordered
     * by it.
     *
     * @return the instant, or empty when no clock runs against a target (no target, answered and waiting, resolved)
     */
    public Optional<Instant> queueDueAt() {
        Instant first = firstResponse.running() ? firstResponse.dueAt() : null;
        Instant resolve = resolution.running() ? resolution.dueAt() : null;
        if (first == null || (resolve != null && resolve.isBefore(first))) {
            return Optional.ofNullable(resolve);
        }
        return Optional.of(first);
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
                && firstResponse.equals(c.firstResponse) && resolution.equals(c.resolution) && pauses.equals(c.pauses)
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
