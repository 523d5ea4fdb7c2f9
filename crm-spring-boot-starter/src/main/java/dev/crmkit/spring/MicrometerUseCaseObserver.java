package dev.crmkit.spring;

import dev.crmkit.agenda.AgendaRule;
import dev.crmkit.agenda.RuleRun;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.CrmException;
import dev.crmkit.spi.UseCaseObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Micrometer observations of CRM Kit's use cases. Every call is an observation {@value #USE_CASE} with the
 * low-cardinality keys {@code use.case} ({@code accounts.create}) and {@code outcome} ({@code success}, or the error's
 * code: {@code not-found}, {@code conflict.stale-version}, ...), which Spring Boot's meter handler turns into a timer
 * per use case and outcome. Beside it, counters: {@value #CONFLICTS} (tagged by use case), {@value #RETRIES} (deltas
 * run again after a conflict), {@value #RULE_RUNS} and {@value #RULE_ENTRIES} (tagged by rule).
 */
final class MicrometerUseCaseObserver implements UseCaseObserver {

    /** The observation of a use-case call (and the timer it becomes). */
    static final String USE_CASE = "crm.use-case";
    /** Conflicts a use case ended with. */
    static final String CONFLICTS = "crm.conflicts";
    /** Deltas retried after a conflict. */
    static final String RETRIES = "crm.retries";
    /** Runs of the agenda rules. */
    static final String RULE_RUNS = "crm.rules.runs";
    /** Agenda entries the rules created. */
    static final String RULE_ENTRIES = "crm.rules.created";

    private final ObservationRegistry observations;
    private final MeterRegistry meters;

    MicrometerUseCaseObserver(ObservationRegistry observations, MeterRegistry meters) {
        this.observations = observations;
        this.meters = meters;
    }

    @Override
    public <T> T observe(String useCase, Supplier<T> call) {
        Observation observation = Observation.createNotStarted(USE_CASE, observations)
                .contextualName(useCase)
                .lowCardinalityKeyValue("use.case", useCase)
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            T result = call.get();
            observation.lowCardinalityKeyValue("outcome", "success");
            if (result instanceof RuleRun run) {
                ruleRun(run);
            }
            return result;
        } catch (CrmException e) {
            observation.lowCardinalityKeyValue("outcome", e.code());
            if (e instanceof ConflictException && meters != null) {
                Counter.builder(CONFLICTS).tag("use.case", useCase).register(meters).increment();
            }
            throw e;
        } catch (RuntimeException | Error e) {
            observation.lowCardinalityKeyValue("outcome", "error");
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    @Override
    public void retried(ConflictException conflict) {
        if (meters != null) {
            meters.counter(RETRIES).increment();
        }
    }

    private void ruleRun(RuleRun run) {
        if (meters == null) {
            return;
        }
        meters.counter(RULE_RUNS).increment();
        for (Map.Entry<AgendaRule, Integer> created : run.created().entrySet()) {
            Counter.builder(RULE_ENTRIES).tag("rule", created.getKey().name()).register(meters).increment(created.getValue());
        }
    }
}
