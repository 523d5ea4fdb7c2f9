package dev.crmkit.casework;

import dev.crmkit.internal.Session;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private service of cases for the entry point. It takes only {@code dev.crmkit.internal} types,
 * which host code may not use, so a host reaches the service only through {@code CrmSession}.
 */
public final class CaseWiring {

    // Adapters rebuild cases through StoredRecords, which reaches the package-private factory only through what is
    // registered here.
    static {
        StoredRecords.register(StoredRecords.CaseFactory.class, ServiceCase::reconstitute);
        StoredRecords.register(StoredRecords.SurveyFactory.class, Survey::reconstitute);
    }

    private CaseWiring() {}

    /**
     * The service cases of the accounts in the actor's scope, and those assigned to the actor.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Cases cases(Session session) {
        return new CaseService(session.useCases(), session.caller(), session.documentStore(), session.documentSizeLimit());
    }

    /**
     * Satisfaction surveys and their statistics, for the actor.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Satisfaction satisfaction(Session session) {
        return new SatisfactionService(session.useCases(), session.caller());
    }

    /**
     * The host-level recording of survey answers (no acting user).
     *
     * @param useCases the use-case runner
     * @return the service
     */
    public static SurveyAnswers surveyAnswers(UseCases useCases) {
        return command -> SatisfactionService.answer(useCases, command);
    }
}
