package dev.crmkit.casework;

/**
 * Satisfaction answers, for the host to record what a customer answered through the link or form that carried a
 * survey's token. No acting user: the token stands for the case.
 */
public interface SurveyAnswers {

    /**
     * Records the answer to the survey a token was issued for. A case has one answer: a token whose survey was
     * answered (a replay) is refused as a rule violation, as is one older than {@link Survey#VALIDITY}; a token this
     * CRM never issued, or one replaced by a later resolution of its case, is refused as invalid input naming
     * {@code token}. Nothing changes when refused.
     *
     * @param command the token and the answer
     * @return the answered survey
     */
    Survey answer(AnswerSurvey command);
}
