package dev.crmkit.pipeline;

import dev.crmkit.access.CrmUser;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CardId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.event.CardEvent;
import dev.crmkit.event.PipelineEvent;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Cursors;
import dev.crmkit.internal.HistoryWords;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.Uploads;
import dev.crmkit.internal.UseCases;
import dev.crmkit.internal.Users;
import dev.crmkit.spi.DocumentStore;
import dev.crmkit.spi.PipelineHistoryRepository.HistoryPosition;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@link Pipelines} for one actor. */
final class PipelineService implements Pipelines {

    static final Comparator<Pipeline> BY_NAME =
            Comparator.comparing((Pipeline p) -> Text.sortKey(p.name())).thenComparing(Pipeline::id);

    private static final int MAX_STAGES = 50;
    private static final int MAX_LABELS = 200;

    private final UseCases useCases;
    private final Caller actor;
    private final DocumentStore store;
    private final long maxBytes;
    private final SavedFilterService savedFilters;

    PipelineService(UseCases useCases, Caller actor, DocumentStore store, long maxBytes) {
        this.useCases = useCases;
        this.actor = actor;
        this.store = store;
        this.maxBytes = maxBytes;
        this.savedFilters = new SavedFilterService(useCases, actor);
    }

    @Override
    public Pipeline create(CreatePipeline command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            InvalidCommandException.Builder problems = InvalidCommandException.builder("CreatePipeline");
            requireUniqueName(context, problems, command.name(), null);
            List<Stage> stages = new ArrayList<>();
            Set<String> stageNames = new HashSet<>();
            for (int i = 0; i < command.stages().size(); i++) {
                NewStage stage = command.stages().get(i);
                if (!stageNames.add(Text.key(stage.name()))) {
                    problems.add("stages[" + i + "].name", "Unique");
                }
                stages.add(stage(stage));
            }
            Set<UserId> users = command.users() == null ? Set.of() : command.users();
            for (UserId user : users) {
                Users.checkUser(context, problems, "users", user, null);
            }
            PipelineSettings settings = command.settings() == null ? PipelineSettings.DEFAULT : command.settings();
            checkSettings(problems, settings);
            problems.throwIfAny();
            Pipeline pipeline = context.uow.pipelines().insert(Pipeline.create(command.name().strip(), color(command.color()),
                    users, stages, settings, context.now));
            context.names.pipeline(pipeline);
            context.record(new PipelineEvent.PipelineCreated(context.meta(), pipeline.id(), pipeline.name(), fromNothing(pipeline.fields())));
            return pipeline;
        });
    }

    @Override
    public Pipeline update(UpdatePipeline command) {
        return useCases.write(actor, command, context -> {
            Pipeline current = versioned(context, command.pipelineId(), command.expectedVersion());
            InvalidCommandException.Builder problems = InvalidCommandException.builder("UpdatePipeline");
            requireUniqueName(context, problems, command.name(), current.id());
            checkSettings(problems, command.settings());
            problems.throwIfAny();
            return store(context, current, current.update(command.name().strip(), color(command.color()), command.settings(), context.now));
        });
    }

    @Override
    public void delete(PipelineId pipelineId) {
        useCases.write(actor, context -> {
            context.requireAdmin();
            Pipeline pipeline = PipelineGuard.visible(context, pipelineId, "pipelineId");
            if (context.uow.cards().existsInPipeline(pipeline.id())) {
                throw new RuleViolationException("pipeline.has-cards", "pipelineId", pipeline.name());
            }
            context.uow.savedFilters().deleteByPipeline(pipeline.id());
            context.uow.pipelines().delete(pipeline);
            pipeline.baseCard().attachments().forEach(a -> deleteBytesAfterCommit(context, a.id()));
            context.record(new PipelineEvent.PipelineDeleted(context.meta(), pipeline.id(), pipeline.name()));
            return null;
        });
    }

    @Override
    public Pipeline addUser(PipelineUser command) {
        return useCases.writeDelta(actor, command, context -> {
            context.requireAdmin();
            Pipeline current = PipelineGuard.visible(context, command.pipelineId(), "pipelineId");
            InvalidCommandException.Builder problems = InvalidCommandException.builder("PipelineUser");
            Users.checkUser(context, problems, "userId", command.userId(), null);
            problems.throwIfAny();
            Set<UserId> users = new HashSet<>(current.users());
            users.add(command.userId());
            return store(context, current, current.withUsers(users, context.now));
        });
    }

    @Override
    public Pipeline removeUser(PipelineUser command) {
        return useCases.writeDelta(actor, command, context -> {
            context.requireAdmin();
            Pipeline current = PipelineGuard.visible(context, command.pipelineId(), "pipelineId");
            if (!current.users().contains(command.userId()) && context.uow.users().findById(command.userId()).isEmpty()) {
                throw InvalidCommandException.builder("PipelineUser")
                        .add("userId", "UnknownReference", command.userId().value()).build();
            }
            Set<UserId> users = new HashSet<>(current.users());
            users.remove(command.userId());
            return store(context, current, current.withUsers(users, context.now));
        });
    }

    @Override
    public List<Pipeline> setUserPipelines(SetUserPipelines command) {
        return useCases.writeDelta(actor, command, context -> {
            context.requireAdmin();
            InvalidCommandException.Builder problems = InvalidCommandException.builder("SetUserPipelines");
            CrmUser user = context.uow.users().findById(command.userId()).orElse(null);
            if (user == null) {
                problems.add("userId", "UnknownReference", command.userId().value());
            }
            Map<PipelineId, Pipeline> all = new LinkedHashMap<>();
            context.uow.pipelines().findAll().forEach(p -> all.put(p.id(), p));
            for (PipelineId wanted : command.pipelineIds()) {
                if (!all.containsKey(wanted)) {
                    problems.add("pipelineIds", "UnknownReference", wanted.toString());
                }
            }
            problems.throwIfAny();
            List<Pipeline> result = new ArrayList<>();
            for (Pipeline pipeline : all.values()) {
                boolean wanted = command.pipelineIds().contains(pipeline.id());
                Set<UserId> users = new HashSet<>(pipeline.users());
                if (wanted) {
                    users.add(command.userId());
                } else {
                    users.remove(command.userId());
                }
                Pipeline stored = store(context, pipeline, pipeline.withUsers(users, context.now));
                if (wanted) {
                    result.add(stored);
                }
            }
            result.sort(BY_NAME);
            return result;
        });
    }

    @Override
    public List<Pipeline> ofUser(UserId userId) {
        return useCases.read(actor, context -> {
            Context.required(userId, "userId");
            if (!context.user.admin() && !context.user.id().equals(userId)) {
                throw new AccessDeniedException(AccessDeniedException.ADMIN_REQUIRED, "userId",
                        context.user.id().value());
            }
            Users.requireKnown(context, userId);
            return context.uow.pipelines().findByUser(userId).stream().sorted(BY_NAME).toList();
        });
    }

    @Override
    public Stage addStage(AddStage command) {
        return useCases.writeDelta(actor, command, context -> {
            Pipeline current = PipelineGuard.visible(context, command.pipelineId(), "pipelineId");
            List<Stage> stages = current.stagesCopy();
            InvalidCommandException.Builder problems = InvalidCommandException.builder("AddStage");
            if (stages.stream().anyMatch(s -> Text.key(s.name()).equals(Text.key(command.stage().name())))) {
                problems.add("stage.name", "Unique");
            }
            if (stages.size() >= MAX_STAGES) {
                problems.add("pipelineId", "TooManyStages", MAX_STAGES);
            }
            problems.throwIfAny();
            int index = command.index() == null ? stages.size() : Math.min(command.index(), stages.size());
            Stage added = stage(command.stage());
            stages.add(index, added);
            store(context, current, current.withStages(stages, context.now));
            return added;
        });
    }

    @Override
    public Pipeline updateStage(UpdateStage command) {
        return useCases.write(actor, command, context -> {
            Pipeline current = versioned(context, command.pipelineId(), command.expectedVersion());
            Stage stage = stageOf(current, command.stageId());
            if (current.stages().stream().anyMatch(s -> !s.id().equals(stage.id()) && Text.key(s.name()).equals(Text.key(command.name())))) {
                throw InvalidCommandException.builder("UpdateStage").add("name", "Unique").build();
            }
            List<Stage> stages = current.stagesCopy();
            stages.replaceAll(s -> s.id().equals(stage.id())
                    ? new Stage(s.id(), command.name().strip(), color(command.color()), command.stagnantDays(),
                            command.winProbability())
                    : s);
            return store(context, current, current.withStages(stages, context.now));
        });
    }

    @Override
    public Pipeline moveStage(MoveStage command) {
        return useCases.write(actor, command, context -> {
            Pipeline current = versioned(context, command.pipelineId(), command.expectedVersion());
            Stage stage = stageOf(current, command.stageId());
            List<Stage> stages = current.stagesCopy();
            stages.remove(stage);
            stages.add(Math.min(command.index(), stages.size()), stage);
            return store(context, current, current.withStages(stages, context.now));
        });
    }

    @Override
    public Pipeline deleteStage(DeleteStage command) {
        return useCases.write(actor, command, context -> {
            Pipeline current = versioned(context, command.pipelineId(), command.expectedVersion());
            Stage stage = stageOf(current, command.stageId());
            if (current.stages().size() == 1) {
                throw new RuleViolationException("pipeline.last-stage", "stageId", stage.name());
            }
            List<Card> cards = context.uow.cards().findByStage(current.id(), stage.id());
            if (!cards.isEmpty()) {
                if (command.moveCardsTo() == null) {
                    throw new RuleViolationException("stage.has-cards", "moveCardsTo", stage.name(), cards.size());
                }
                if (command.moveCardsTo().equals(stage.id()) || current.stage(command.moveCardsTo()).isEmpty()) {
                    throw InvalidCommandException.builder("DeleteStage")
                            .add("moveCardsTo", "UnknownReference", command.moveCardsTo().toString()).build();
                }
                String last = context.uow.cards().lastPosition(current.id(), command.moveCardsTo()).orElse(null);
                for (Card card : cards) {
                    last = PositionKeys.between(last, null);
                    var moved = card.edit(card.toBuilder().stageId(command.moveCardsTo()).position(last), context.now);
                    context.uow.cards().update(moved.value());
                    context.record(new CardEvent.CardMoved(context.meta(), current.id(), card.id(), card.accountId().orElse(null),
                            card.name(), stage.id(), command.moveCardsTo(), moved.changes()));
                }
            }
            List<Stage> stages = current.stagesCopy();
            stages.remove(stage);
            return store(context, current, current.withStages(stages, context.now));
        });
    }

    @Override
    public Label addLabel(AddLabel command) {
        return useCases.writeDelta(actor, command, context -> {
            Pipeline current = PipelineGuard.visible(context, command.pipelineId(), "pipelineId");
            InvalidCommandException.Builder problems = InvalidCommandException.builder("AddLabel");
            if (current.labels().stream().anyMatch(l -> Text.key(l.name()).equals(Text.key(command.name())))) {
                problems.add("name", "Unique");
            }
            if (current.labels().size() >= MAX_LABELS) {
                problems.add("pipelineId", "TooManyLabels", MAX_LABELS);
            }
            problems.throwIfAny();
            List<Label> labels = new ArrayList<>(current.labels());
            Label added = new Label(LabelId.newId(), command.name().strip(), color(command.color()));
            labels.add(added);
            store(context, current, current.withLabels(labels, context.now));
            return added;
        });
    }

    @Override
    public Pipeline updateLabel(UpdateLabel command) {
        return useCases.write(actor, command, context -> {
            Pipeline current = versioned(context, command.pipelineId(), command.expectedVersion());
            Label label = current.label(command.labelId()).orElseThrow(() -> new NotFoundException("label", "labelId", command.labelId()));
            if (current.labels().stream().anyMatch(l -> !l.id().equals(label.id()) && Text.key(l.name()).equals(Text.key(command.name())))) {
                throw InvalidCommandException.builder("UpdateLabel").add("name", "Unique").build();
            }
            List<Label> labels = new ArrayList<>(current.labels());
            labels.replaceAll(l -> l.id().equals(label.id()) ? new Label(l.id(), command.name().strip(), color(command.color())) : l);
            return store(context, current, current.withLabels(labels, context.now));
        });
    }

    @Override
    public Pipeline removeLabel(RemoveLabel command) {
        return useCases.writeDelta(actor, command, context -> {
            Pipeline current = PipelineGuard.visible(context, command.pipelineId(), "pipelineId");
            Label label = current.label(command.labelId()).orElseThrow(() -> new NotFoundException("label", "labelId", command.labelId()));
            for (Card card : context.uow.cards().findByLabel(current.id(), label.id())) {
                Set<LabelId> labels = new HashSet<>(card.labels());
                labels.remove(label.id());
                var untagged = card.edit(card.toBuilder().labels(labels), context.now);
                context.uow.cards().update(untagged.value());
                context.record(new CardEvent.CardUpdated(context.meta(), current.id(), card.id(), card.accountId().orElse(null),
                        card.name(), untagged.changes()));
            }
            List<Label> labels = new ArrayList<>(current.labels());
            labels.remove(label);
            BaseCard base = current.baseCard();
            Set<LabelId> baseLabels = new HashSet<>(base.labels());
            baseLabels.remove(label.id());
            Pipeline withoutLabel = store(context, current, current.withLabels(labels, context.now));
            return store(context, withoutLabel, withoutLabel.withBaseCard(
                    new BaseCard(base.description(), baseLabels, base.members(), base.comments(), base.attachments()), context.now));
        });
    }

    @Override
    public Pipeline updateBaseCard(UpdateBaseCard command) {
        return useCases.write(actor, command, context -> {
            Pipeline current = versioned(context, command.pipelineId(), command.expectedVersion());
            InvalidCommandException.Builder problems = InvalidCommandException.builder("UpdateBaseCard");
            Set<LabelId> labels = command.labels() == null ? Set.of() : command.labels();
            Set<UserId> members = command.members() == null ? Set.of() : command.members();
            checkLabels(current, problems, "labels", labels);
            checkMembers(context, current, problems, "members", members);
            problems.throwIfAny();
            List<BaseComment> comments = command.comments() == null ? List.of()
                    : command.comments().stream().map(text -> new BaseComment(context.user.id(), text.strip())).toList();
            BaseCard base = new BaseCard(Text.trimToNull(command.description()), labels, members, comments,
                    current.baseCard().attachments());
            return store(context, current, current.withBaseCard(base, context.now));
        });
    }

    @Override
    public Attachment attachToBaseCard(PipelineId pipelineId, AttachFile file, InputStream content) {
        DocumentId id = DocumentId.newId();
        TenantId[] tenant = {null};
        Uploads.Stored stored = useCases.read(actor, file, context -> {
            PipelineGuard.visible(context, pipelineId, "pipelineId");
            tenant[0] = context.uow.tenantId();
            return Uploads.write(store, tenant[0], id, Context.required(content, "content"), maxBytes, null);
        });
        try {
            Attachment[] added = {null};
            useCases.writeDelta(actor, file, context -> {
                Pipeline current = PipelineGuard.visible(context, pipelineId, "pipelineId");
                BaseCard base = current.baseCard();
                List<Attachment> attachments = new ArrayList<>(base.attachments());
                added[0] = new Attachment(id, file.fileName().strip(), file.mediaType().toLowerCase(Locale.ROOT),
                        stored.size(), stored.sha256(), context.user.id(), context.now);
                attachments.add(added[0]);
                return store(context, current, current.withBaseCard(
                        new BaseCard(base.description(), base.labels(), base.members(), base.comments(), attachments), context.now));
            });
            return added[0];
        } catch (RuntimeException e) {
            store.delete(tenant[0], id);
            throw e;
        }
    }

    @Override
    public Pipeline removeBaseCardAttachment(PipelineId pipelineId, DocumentId documentId) {
        return useCases.writeDelta(actor, context -> {
            Pipeline current = PipelineGuard.visible(context, pipelineId, "pipelineId");
            Context.required(documentId, "documentId");
            BaseCard base = current.baseCard();
            List<Attachment> attachments = new ArrayList<>(base.attachments());
            if (!attachments.removeIf(a -> a.id().equals(documentId))) {
                throw new NotFoundException("attachment", "documentId", documentId);
            }
            deleteBytesAfterCommit(context, documentId);
            return store(context, current, current.withBaseCard(
                    new BaseCard(base.description(), base.labels(), base.members(), base.comments(), attachments), context.now));
        });
    }

    @Override
    public Pipeline get(PipelineId pipelineId) {
        return useCases.read(actor, context -> PipelineGuard.visible(context, pipelineId, "pipelineId"));
    }

    @Override
    public List<Pipeline> list() {
        return useCases.read(actor, context -> PipelineGuard.visiblePipelines(context).stream().sorted(BY_NAME).toList());
    }

    @Override
    public Page<HistoryEntry> history(PipelineId pipelineId, String cursor, int limit) {
        return useCases.read(actor, context -> {
            PipelineGuard.visible(context, pipelineId, "pipelineId");
            return historyPage(context, useCases.cursors(), pipelineId, null, cursor, limit);
        });
    }

    @Override
    public Page<HistoryEntry> cardHistory(CardId cardId, String cursor, int limit) {
        return useCases.read(actor, context -> {
            Card card = PipelineGuard.visibleCard(context, cardId, "cardId");
            return historyPage(context, useCases.cursors(), card.pipelineId(), card.id(), cursor, limit);
        });
    }

    private static Page<HistoryEntry> historyPage(
            Context context, Cursors cursors, PipelineId pipelineId, CardId cardId, String cursor, int limit) {
        if (limit < 1 || limit > 500) {
            throw InvalidCommandException.single("limit", "Range", 1, 500);
        }
        HistoryPosition before = cursor == null ? null : cursors.history(context.uow.tenantId(), cursor);
        List<HistoryEntry> found = context.uow.pipelineHistory().page(pipelineId, cardId, before, limit + 1);
        boolean more = found.size() > limit;
        List<HistoryEntry> page = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            HistoryEntry last = page.get(page.size() - 1);
            next = cursors.history(context.uow.tenantId(), new HistoryPosition(last.at(), last.eventId(), last.index()));
        }
        return new Page<>(page.stream().map(entry -> HistoryWords.display(context.locale, entry)).toList(), next, null);
    }

    private Pipeline versioned(Context context, PipelineId id, Version expected) {
        Pipeline current = PipelineGuard.visible(context, id, "pipelineId");
        if (!current.version().equals(expected)) {
            throw ConflictException.staleVersion("pipeline", current.id(), expected, current.version());
        }
        return current;
    }

    private static Stage stageOf(Pipeline pipeline, StageId stageId) {
        return pipeline.stage(stageId).orElseThrow(() -> new NotFoundException("stage", "stageId", stageId));
    }

    /** Stores a changed pipeline and records its changes; an unchanged one is returned as it is. */
    static Pipeline store(Context context, Pipeline current, Changed<Pipeline> changed) {
        if (!changed.changed()) {
            return current;
        }
        Pipeline stored = context.uow.pipelines().update(changed.value());
        context.names.pipeline(stored);
        context.record(new PipelineEvent.PipelineChanged(context.meta(), stored.id(), changed.changes()));
        return stored;
    }

    private void deleteBytesAfterCommit(Context context, DocumentId id) {
        TenantId tenant = context.uow.tenantId();
        context.afterCommit(() -> store.delete(tenant, id));
    }

    private static void requireUniqueName(Context context, InvalidCommandException.Builder problems, String name, PipelineId self) {
        context.uow.pipelines().findByNameKey(Text.key(name))
                .filter(p -> !p.id().equals(self))
                .ifPresent(p -> problems.add("name", "Unique"));
    }

    private static void checkSettings(InvalidCommandException.Builder problems, PipelineSettings settings) {
        if (!BoardFilter.PAGE_SIZES.contains(settings.cardsPerStage())) {
            problems.add("settings.cardsPerStage", "OneOf", "10, 20, 50, 100, 500");
        }
    }

    /** Labels a command names must be the pipeline's. */
    static void checkLabels(Pipeline pipeline, InvalidCommandException.Builder problems, String path, Set<LabelId> labels) {
        for (LabelId label : labels) {
            if (pipeline.label(label).isEmpty()) {
                problems.add(path, "UnknownReference", label.toString());
            }
        }
    }

    /** Members a command names must be active users of the pipeline. */
    static void checkMembers(Context context, Pipeline pipeline, InvalidCommandException.Builder problems, String path,
            Set<UserId> members) {
        for (UserId member : members) {
            if (!pipeline.hasUser(member)) {
                problems.add(path, "NotAPipelineUser", member.value());
            } else {
                Users.checkUser(context, problems, path, member, null);
            }
        }
    }

    private static Stage stage(NewStage stage) {
        return new Stage(StageId.newId(), stage.name().strip(), color(stage.color()), stage.stagnantDays(),
                stage.winProbability());
    }

    static String color(String color) {
        return color.strip().toUpperCase(Locale.ROOT);
    }

    /** The changes of a new aggregate's fields from nothing: every field with a value. */
    static List<FieldChange> fromNothing(Map<String, String> fields) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            FieldChange change = FieldChange.ofValues(field, null, value);
            if (change != null) {
                changes.add(change);
            }
        });
        return changes;
    }

    @Override
    public SavedFilter saveFilter(SaveBoardFilter command) {
        return savedFilters.saveFilter(command);
    }

    @Override
    public List<SavedFilter> savedFilters(PipelineId pipelineId) {
        return savedFilters.savedFilters(pipelineId);
    }

    @Override
    public BoardFilter applyFilter(SavedFilterId savedFilterId) {
        return savedFilters.applyFilter(savedFilterId);
    }

    @Override
    public void deleteFilter(SavedFilterId savedFilterId) {
        savedFilters.deleteFilter(savedFilterId);
    }

    @Override
    public BoardFilter clearFilters(PipelineId pipelineId) {
        return savedFilters.clearFilters(pipelineId);
    }
}
