package dev.crmkit.casework;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.access.CrmUser;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.event.SurveyEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.SurveyCriteria;
import dev.crmkit.spi.SurveyTotals;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link Satisfaction} for one actor, and the issuing and answering of surveys. */
final class SatisfactionService implements Satisfaction {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 32;
    private static final String TOKEN_FIELD = "token";
    /** The largest minimum sample a training-needs view takes. */
    private static final int MAX_MINIMUM_SAMPLE = 1_000_000;

    /** Lowest mean first, then the surer low score (lower upper end), then more answers, then key. */
    private static final Comparator<SatisfactionGroup> LOWEST_FIRST = Comparator
            .comparing((SatisfactionGroup g) -> g.stats().csat().mean())
            .thenComparing(g -> g.stats().csat().upper() == null ? Double.MAX_VALUE : g.stats().csat().upper())
            .thenComparing(g -> -g.stats().answers())
            .thenComparing(SatisfactionGroup::key);

    private final UseCases useCases;
    private final Caller actor;

    SatisfactionService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    /**
     * Issues the survey of a case just resolved, unless the case was answered already: a new token whose hash replaces
     * an unanswered survey's, and the event that carries the token to the host.
     */
    static void issue(Context context, ServiceCase resolved) {
        Optional<Survey> current = context.uow.cases().findSurvey(resolved.id());
        if (current.flatMap(Survey::answer).isPresent()) {
            return;
        }
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String token = context.uow.tenantId().value() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Survey survey = Survey.issue(resolved, hash(token), context.now, current.map(Survey::version).orElse(Version.UNSAVED));
        if (current.isPresent()) {
            context.uow.cases().updateSurvey(survey);
        } else {
            context.uow.cases().insertSurvey(survey);
        }
        context.record(new SurveyEvent.SurveyIssued(context.meta(), resolved.id(), resolved.accountId(), resolved.number(),
                token, context.now.plus(Survey.VALIDITY)));
    }

    /** Records an answer with no actor: the token stands for the case. */
    static Survey answer(UseCases useCases, AnswerSurvey command) {
        return useCases.host(command, c -> tenantOf(c.token()), context -> {
            Survey survey = context.uow.cases().findSurveyByToken(hash(command.token()))
                    .orElseThrow(SatisfactionService::invalidToken);
            if (survey.answer().isPresent()) {
                throw new RuleViolationException("survey.answered", TOKEN_FIELD);
            }
            Instant expires = survey.issuedAt().plus(Survey.VALIDITY);
            if (!context.now.isBefore(expires)) {
                throw new RuleViolationException("survey.expired", TOKEN_FIELD, expires.toString());
            }
            String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
            Survey stored = context.uow.cases().updateSurvey(survey.answered(
                    new SurveyAnswer(command.csat(), command.nps(), comment, context.now)));
            long number = context.uow.cases().findById(stored.caseId()).map(ServiceCase::number).orElse(0L);
            context.record(new SurveyEvent.SurveyAnswered(context.meta(), stored.caseId(), stored.accountId(), number,
                    command.csat(), command.nps(), comment));
            return stored;
        });
    }

    @Override
    public Optional<Survey> survey(CaseId caseId) {
        return useCases.read(actor, context -> {
            ServiceCase serviceCase = context.uow.cases().findById(Context.required(caseId, "caseId"))
                    .filter(c -> context.access() instanceof AccountAccess.Unrestricted
                            || context.user.id().equals(c.details().assigneeId()) || AccountGuard.sees(context, c.accountId()))
                    .orElseThrow(() -> new NotFoundException("case", "caseId", caseId));
            return context.uow.cases().findSurvey(serviceCase.id());
        });
    }

    @Override
    public SatisfactionStats statistics(SatisfactionQuery query) {
        return useCases.read(actor, query, context -> {
            SurveyCriteria criteria = criteria(context, query);
            List<SurveyTotals> totals = context.uow.cases().surveyTotals(criteria, null);
            return totals.isEmpty() ? SurveyTotals.count(List.of()) : totals.get(0).stats();
        });
    }

    @Override
    public List<SatisfactionGroup> statisticsBy(SatisfactionQuery query, SatisfactionGrouping grouping) {
        return useCases.read(actor, query, context -> {
            Context.required(grouping, "grouping");
            return groups(context, criteria(context, query), grouping);
        });
    }

    @Override
    public TrainingNeeds trainingNeeds(SatisfactionQuery query, int minimumSample) {
        return useCases.read(actor, query, context -> {
            if (minimumSample < 1) {
                throw InvalidCommandException.single("minimumSample", "Min", 1);
            }
            if (minimumSample > MAX_MINIMUM_SAMPLE) {
                throw InvalidCommandException.single("minimumSample", "Max", MAX_MINIMUM_SAMPLE);
            }
            SurveyCriteria criteria = criteria(context, query);
            return new TrainingNeeds(lowest(groups(context, criteria, SatisfactionGrouping.CATEGORY), minimumSample),
                    lowest(groups(context, criteria, SatisfactionGrouping.AGENT), minimumSample), minimumSample);
        });
    }

    private static List<SatisfactionGroup> lowest(List<SatisfactionGroup> groups, int minimumSample) {
        return groups.stream().filter(g -> !g.key().isEmpty() && g.stats().answers() >= minimumSample)
                .sorted(LOWEST_FIRST).limit(TrainingNeeds.LIMIT).toList();
    }

    /** The groups of a criteria, named in the reader's words, ordered by key. */
    private static List<SatisfactionGroup> groups(Context context, SurveyCriteria criteria, SatisfactionGrouping grouping) {
        List<SurveyTotals> totals = new ArrayList<>(context.uow.cases().surveyTotals(criteria, grouping));
        totals.sort(Comparator.comparing(SurveyTotals::key));
        Map<String, String> names = new HashMap<>();
        if (grouping == SatisfactionGrouping.AGENT) {
            Set<UserId> ids = new HashSet<>();
            totals.stream().filter(t -> !t.key().isEmpty()).forEach(t -> ids.add(UserId.of(t.key())));
            for (CrmUser user : context.uow.users().findByIds(ids)) {
                names.put(user.id().value(), user.displayName());
            }
        } else {
            Set<CatalogEntryId> ids = new HashSet<>();
            totals.stream().filter(t -> !t.key().isEmpty()).forEach(t -> ids.add(new CatalogEntryId(UUID.fromString(t.key()))));
            for (CatalogEntry entry : context.uow.catalog().findByIds(ids)) {
                names.put(entry.id().toString(), entry.name());
            }
        }
        String none = Messages.format(context.locale, "satisfaction.none");
        List<SatisfactionGroup> groups = new ArrayList<>(totals.size());
        for (SurveyTotals t : totals) {
            groups.add(new SatisfactionGroup(t.key(), t.key().isEmpty() ? none : names.getOrDefault(t.key(), t.key()), t.stats()));
        }
        return groups;
    }

    /** The period in the tenant's zone, for users who see every account. */
    private static SurveyCriteria criteria(Context context, SatisfactionQuery query) {
        if (!(context.access() instanceof AccountAccess.Unrestricted)) {
            throw new AccessDeniedException(AccessDeniedException.ADMIN_REQUIRED, "query", context.user.id().value());
        }
        if (query.to().isBefore(query.from())) {
            throw InvalidCommandException.single("to", "AfterFrom");
        }
        // A filter names a team, agent or category of the tenant (inactive ones too: past cases have them).
        InvalidCommandException.Builder problems = InvalidCommandException.builder("SatisfactionQuery");
        reference(context, problems, "teamId", query.teamId(), dev.crmkit.catalog.CatalogKind.TEAM);
        reference(context, problems, "categoryId", query.categoryId(), dev.crmkit.catalog.CatalogKind.CASE_CATEGORY);
        if (query.agentId() != null && context.uow.users().findById(query.agentId()).isEmpty()) {
            problems.add("agentId", "UnknownReference", query.agentId().value());
        }
        problems.throwIfAny();
        ZoneId zone = context.tenant.timeZone();
        return new SurveyCriteria(query.from().atStartOfDay(zone).toInstant(), query.to().plusDays(1).atStartOfDay(zone).toInstant(),
                query);
    }

    private static void reference(Context context, InvalidCommandException.Builder problems, String field, CatalogEntryId id,
            dev.crmkit.catalog.CatalogKind kind) {
        if (id != null && context.uow.catalog().findById(id).filter(e -> e.kind() == kind).isEmpty()) {
            problems.add(field, "UnknownReference", id);
        }
    }

    private static TenantId tenantOf(String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            throw invalidToken();
        }
        try {
            return TenantId.of(token.substring(0, dot));
        } catch (RuntimeException e) {
            throw invalidToken();
        }
    }

    private static InvalidCommandException invalidToken() {
        return InvalidCommandException.single(TOKEN_FIELD, "InvalidToken");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
