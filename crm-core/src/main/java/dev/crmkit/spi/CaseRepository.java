package dev.crmkit.spi;

import dev.crmkit.casework.CaseSettings;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.SlaSettings;
import dev.crmkit.casework.SatisfactionGrouping;
import dev.crmkit.casework.Survey;
import java.time.Instant;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import java.util.List;
import java.util.Optional;

/** The service cases of a unit of work's tenant, their history, their numbering and the tenant's settings of cases. */
public interface CaseRepository {

    /**
     * @param id the case
     * @return the case, if the tenant has it
     */
    Optional<ServiceCase> findById(CaseId id);

    /**
     * @param number a case number
     * @return the case with that number, if any
     */
    Optional<ServiceCase> findByNumber(long number);

    /**
     * @param accountId an account
     * @return the account's cases, in no particular order
     */
    List<ServiceCase> findByAccount(AccountId accountId);

    /**
     * Whether any case refers to a catalog entry (as its category, priority or team).
     *
     * @param entryId the entry
     * @return {@code true} when some case does
     */
    boolean refersTo(CatalogEntryId entryId);

    /**
     * Whether an account has any case.
     *
     * @param accountId the account
     * @return {@code true} when it has one
     */
    boolean existsForAccount(AccountId accountId);

    /**
     * Takes the tenant's next case number. The counter is held until the unit of work ends, so that numbers are given
     * without gaps or repeats however many units of work open cases at once: a unit of work that rolls back gives its
     * number back.
     *
     * @return the number, from 1
     */
    long nextNumber();

    /**
     * @return the tenant's settings of cases ({@link CaseSettings#DEFAULTS} until they are changed)
     */
    CaseSettings settings();

    /**
     * Stores the tenant's settings of cases.
     *
     * @param settings the settings
     */
    void saveSettings(CaseSettings settings);

    /**
     * @return the tenant's service levels ({@link SlaSettings#DEFAULTS} until they are changed)
     */
    SlaSettings slaSettings();

    /**
     * Stores the tenant's service levels.
     *
     * @param settings the settings, at the version they were read at
     * @return the stored settings, at their next version
     * @throws dev.crmkit.common.ConflictException when the stored version is another
     */
    SlaSettings saveSlaSettings(SlaSettings settings);

    /**
     * One page of the case queue.
     *
     * @param criteria the filters, the access predicate, the actor and the instant of the query
     * @param after the last case of the previous page, or {@code null} for the first page
     * @param limit the most cases to return
     * @return the cases, in {@link CaseCriteria#ORDER}
     */
    List<ServiceCase> queue(CaseCriteria criteria, CaseCriteria.QueuePosition after, int limit);

    /**
     * Stores a new case.
     *
     * @param serviceCase the case, at {@code Version.UNSAVED}
     * @return the stored case, at {@code Version.FIRST}
     */
    ServiceCase insert(ServiceCase serviceCase);

    /**
     * Stores a changed case.
     *
     * @param serviceCase the case, at the version it was read at
     * @return the stored case, at its next version
     * @throws dev.crmkit.common.ConflictException when the stored version is another
     */
    ServiceCase update(ServiceCase serviceCase);

    /**
     * Appends to cases' histories.
     *
     * @param records the events, in order
     */
    void appendHistory(List<CaseHistoryRecord> records);

    /**
     * A case's history.
     *
     * @param caseId the case
     * @return its events, oldest first
     */
    List<CaseHistoryRecord> history(CaseId caseId);

    /**
     * The satisfaction survey of a case.
     *
     * @param caseId the case
     * @return its survey, once issued
     */
    Optional<Survey> findSurvey(CaseId caseId);

    /**
     * The survey issued with a token.
     *
     * @param tokenHash the SHA-256 of the token, hex
     * @return the survey whose current token it is, if any
     */
    Optional<Survey> findSurveyByToken(String tokenHash);

    /**
     * Stores a new survey (one per case).
     *
     * @param survey the survey, at {@link dev.crmkit.common.Version#UNSAVED}
     * @return the stored survey
     */
    Survey insertSurvey(Survey survey);

    /**
     * Stores a survey's new state if its version is still the stored one.
     *
     * @param survey the new state, at the version it was read at
     * @return the stored survey, at its next version
     * @throws dev.crmkit.common.ConflictException when the stored version is another
     */
    Survey updateSurvey(Survey survey);

    /**
     * Aggregates the surveys a criteria selects, by group, without loading them: the counts of issued surveys, of each
     * CSAT score, of recommendation scores, promoters (9, 10) and detractors (0 to 6), and of service-level targets
     * and those met ({@link SurveyTotals#stats}).
     *
     * @param criteria the period and filters
     * @param grouping what to group by, or {@code null} for one total of all (with an empty key; none when nothing
     *     matches)
     * @return one total per group with surveys, in no particular order
     */
    List<SurveyTotals> surveyTotals(SurveyCriteria criteria, SatisfactionGrouping grouping);

    /**
     * The answered surveys whose CSAT is at most a score, answered since an instant, for the low-score rule.
     *
     * @param answeredSince the first answer instant listed
     * @param highestCsat the highest score listed
     * @return the surveys, in no particular order
     */
    List<Survey> lowScores(Instant answeredSince, int highestCsat);
}
