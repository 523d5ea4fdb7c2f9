package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import java.time.Instant;
import java.util.Set;

/** Events of a service case's satisfaction survey. */
public sealed interface SurveyEvent extends DomainEvent {

    /** @return the case */
    CaseId caseId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("survey", caseId().toString());
    }

    /**
     * A case's resolution issued its satisfaction survey. This event is the only place the token travels: the host
     * delivers it to the customer (in a link or form) and hands it back with the answer; the store keeps only its
     * hash. A later resolution before the answer issues a new token, which replaces this one.
     *
     * @param meta the metadata
     * @param caseId the case
     * @param accountId its account
     * @param number the case's number
     * @param token the single-use token
     * @param expiresAt when the token stops being accepted
     */
    record SurveyIssued(EventMeta meta, CaseId caseId, AccountId accountId, long number, String token, Instant expiresAt)
            implements SurveyEvent {

        @Override
        public String toString() {
            // The token is a credential: logs of the event do not show it.
            return "SurveyIssued[" + meta + ", " + caseId + ", #" + number + ", expires " + expiresAt + "]";
        }
    }

    /**
     * A customer answered a case's satisfaction survey (the metadata names no actor).
     *
     * @param meta the metadata
     * @param caseId the case
     * @param accountId its account
     * @param number the case's number
     * @param csat the satisfaction score, 1 to 5
     * @param nps the recommendation score, 0 to 10, or {@code null}
     * @param comment the customer's words, or {@code null}
     */
    record SurveyAnswered(EventMeta meta, CaseId caseId, AccountId accountId, long number, int csat, Integer nps, String comment)
            implements SurveyEvent, TimelineEvent {

        @Override
        public Set<AccountId> timelineAccounts() {
            return Set.of(accountId);
        }
    }
}
