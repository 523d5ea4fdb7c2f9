package dev.crmkit.casework;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The satisfaction survey of a service case, issued when the case is resolved. The store keeps only the SHA-256 of
 * its token (the token itself travels once, in the issuing event, for the host to deliver). It keeps what the
 * statistics group by as it was at the resolution: the category, team and assignee, and whether each service-level
 * clock met its target. A case has one survey and one answer; resolving it again before the answer issues a new token,
 * which replaces the first. Immutable.
 */
public final class Survey {

    /** How long a token is accepted after it was issued. */
    public static final Duration VALIDITY = Duration.ofDays(30);

    /** The longest token accepted: a tenant id (at most 64 characters), a dot and the random part. */
    public static final int MAX_TOKEN_LENGTH = 120;

    /** The longest comment, in characters. */
    public static final int MAX_COMMENT = 2_000;

    private final CaseId caseId;
    private final AccountId accountId;
    private final String tokenHash;
    private final Instant issuedAt;
    private final CatalogEntryId categoryId;
    private final CatalogEntryId teamId;
    private final UserId assigneeId;
    private final Boolean firstResponseMet;
    private final Boolean resolutionMet;
    private final SurveyAnswer answer;
    private final Version version;

    private Survey(CaseId caseId, AccountId accountId, String tokenHash, Instant issuedAt, CatalogEntryId categoryId,
            CatalogEntryId teamId, UserId assigneeId, Boolean firstResponseMet, Boolean resolutionMet, SurveyAnswer answer,
            Version version) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.categoryId = categoryId;
        this.teamId = teamId;
        this.assigneeId = assigneeId;
        this.firstResponseMet = firstResponseMet;
        this.resolutionMet = resolutionMet;
        this.answer = answer;
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * The survey of a case just resolved, not stored yet.
     *
     * @param resolved the resolved case
     * @param tokenHash the SHA-256 of its token, hex
     * @param now the resolution instant
     * @param version {@link Version#UNSAVED}, or the stored version of the unanswered survey it replaces
     * @return the survey
     */
    static Survey issue(ServiceCase resolved, String tokenHash, Instant now, Version version) {
        return new Survey(resolved.id(), resolved.accountId(), tokenHash, now, resolved.details().categoryId(),
                resolved.details().teamId(), resolved.details().assigneeId(), met(resolved.firstResponseState(now)),
                met(resolved.resolutionState(now)), null, version);
    }

    private static Boolean met(SlaState state) {
        return state == SlaState.NO_TARGET ? null : state != SlaState.BREACHED;
    }

    /**
     * A stored survey, as an adapter loads it.
     *
     * @param caseId the case
     * @param accountId its account
     * @param tokenHash the SHA-256 of its token, hex
     * @param issuedAt when it was issued (the resolution)
     * @param categoryId the case's category then, or {@code null}
     * @param teamId the case's team then, or {@code null}
     * @param assigneeId the case's assignee then, or {@code null}
     * @param firstResponseMet whether the first response met its target, or {@code null} without one
     * @param resolutionMet whether the resolution met its target, or {@code null} without one
     * @param answer the answer, or {@code null}
     * @param version the stored version
     * @return the survey
     */
    static Survey reconstitute(CaseId caseId, AccountId accountId, String tokenHash, Instant issuedAt, CatalogEntryId categoryId,
            CatalogEntryId teamId, UserId assigneeId, Boolean firstResponseMet, Boolean resolutionMet, SurveyAnswer answer,
            Version version) {
        return new Survey(caseId, accountId, tokenHash, issuedAt, categoryId, teamId, assigneeId, firstResponseMet,
                resolutionMet, answer, version);
    }

    Survey answered(SurveyAnswer newAnswer) {
        return new Survey(caseId, accountId, tokenHash, issuedAt, categoryId, teamId, assigneeId, firstResponseMet,
                resolutionMet, newAnswer, version);
    }

    /**
     * This survey at another version; adapters call it when they store it.
     *
     * @param newVersion the version
     * @return the same survey at that version
     */
    public Survey withVersion(Version newVersion) {
        return new Survey(caseId, accountId, tokenHash, issuedAt, categoryId, teamId, assigneeId, firstResponseMet,
                resolutionMet, answer, newVersion);
    }

    /** @return the case */
    public CaseId caseId() {
        return caseId;
    }

    /** @return the case's account */
    public AccountId accountId() {
        return accountId;
    }

    /** @return the SHA-256 of the token, hex (the token itself is never stored) */
    public String tokenHash() {
        return tokenHash;
    }

    /** @return when it was issued: the case's (latest) resolution */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** @return the case's category at the resolution, if any */
    public Optional<CatalogEntryId> categoryId() {
        return Optional.ofNullable(categoryId);
    }

    /** @return the case's team at the resolution, if any */
    public Optional<CatalogEntryId> teamId() {
        return Optional.ofNullable(teamId);
    }

    /** @return the case's assignee at the resolution, if any */
    public Optional<UserId> assigneeId() {
        return Optional.ofNullable(assigneeId);
    }

    /** @return whether the first response met its target; empty when the case had none */
    public Optional<Boolean> firstResponseMet() {
        return Optional.ofNullable(firstResponseMet);
    }

    /** @return whether the resolution met its target; empty when the case had none */
    public Optional<Boolean> resolutionMet() {
        return Optional.ofNullable(resolutionMet);
    }

    /** @return the answer, once the customer answered */
    public Optional<SurveyAnswer> answer() {
        return Optional.ofNullable(answer);
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Survey s && caseId.equals(s.caseId) && accountId.equals(s.accountId) && tokenHash.equals(s.tokenHash)
                && issuedAt.equals(s.issuedAt) && Objects.equals(categoryId, s.categoryId) && Objects.equals(teamId, s.teamId)
                && Objects.equals(assigneeId, s.assigneeId) && Objects.equals(firstResponseMet, s.firstResponseMet)
                && Objects.equals(resolutionMet, s.resolutionMet) && Objects.equals(answer, s.answer) && version.equals(s.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(caseId, version);
    }

    @Override
    public String toString() {
        return "Survey[" + caseId + (answer == null ? ", unanswered" : ", CSAT " + answer.csat()) + ", v" + version + "]";
    }
}
