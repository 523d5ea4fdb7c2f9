package dev.crmkit.pipeline;

import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A pipeline: a board of prospect cards. Immutable; every edit returns the new state
 * and one {@link dev.crmkit.common.FieldChange} per changed field, which the pipeline's history records.
 *
 * <p>Only its users (and the tenant's administrators) see it or change it. Its stages, labels, base card and
 * settings live inside it; its cards are aggregates of their own.
 */
public final class Pipeline {

    private final PipelineId id;
    private final String name;
    private final String color;
    private final SortedSet<UserId> users;
    private final List<Stage> stages;
    private final List<Label> labels;
    private final BaseCard baseCard;
    private final PipelineSettings settings;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Version version;

    private Pipeline(
            PipelineId id, String name, String color, Set<UserId> users, List<Stage> stages, List<Label> labels,
            BaseCard baseCard, PipelineSettings settings, Instant createdAt, Instant updatedAt, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.color = Objects.requireNonNull(color, "color");
        TreeSet<UserId> sorted = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        sorted.addAll(users);
        this.users = Collections.unmodifiableSortedSet(sorted);
        this.stages = List.copyOf(stages);
        this.labels = List.copyOf(labels);
        this.baseCard = Objects.requireNonNull(baseCard, "baseCard");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new pipeline, not stored yet.
     *
     * @param name its name
     * @param color its color ({@code #RRGGBB})
     * @param users its first users
     * @param stages its first stages, in order
     * @param settings its settings
     * @param now the creation instant
     * @return the pipeline, at {@link Version#UNSAVED}
     */
    public static Pipeline create(
            String name, String color, Set<UserId> users, List<Stage> stages, PipelineSettings settings, Instant now) {
        return new Pipeline(PipelineId.newId(), name, color, users, stages, List.of(), BaseCard.EMPTY, settings, now, now,
                Version.UNSAVED);
    }

    /**
     * A stored pipeline, as an adapter loads it.
     *
     * @param id the id
     * @param name the name
     * @param color the color
     * @param users the users
     * @param stages the stages, in order
     * @param labels the labels, in order
     * @param baseCard the base card
     * @param settings the settings
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version the stored version
     * @return the pipeline
     */
    static Pipeline reconstitute(
            PipelineId id, String name, String color, Set<UserId> users, List<Stage> stages, List<Label> labels,
            BaseCard baseCard, PipelineSettings settings, Instant createdAt, Instant updatedAt, Version version) {
        return new Pipeline(id, name, color, users, stages, labels, baseCard, settings, createdAt, updatedAt, version);
    }

    /**
     * Renames, recolors and resets the settings.
     *
     * @param newName the name
     * @param newColor the color
     * @param newSettings the settings
     * @param now the instant of the change
     * @return the new state and the changed fields
     */
    Changed<Pipeline> update(String newName, String newColor, PipelineSettings newSettings, Instant now) {
        return changed(p -> new Pipeline(id, newName, newColor, users, stages, labels, baseCard, newSettings, createdAt, now,
                version));
    }

    /**
     * Replaces the users.
     *
     * @param newUsers the users
     * @param now the instant of the change
     * @return the new state and the change of {@code "users"}
     */
    Changed<Pipeline> withUsers(Set<UserId> newUsers, Instant now) {
        return changed(p -> new Pipeline(id, name, color, newUsers, stages, labels, baseCard, settings, createdAt, now, version));
    }

    /**
     * Replaces the stages (added, changed, reordered or removed).
     *
     * @param newStages the stages, in order
     * @param now the instant of the change
     * @return the new state and the changed fields
     */
    Changed<Pipeline> withStages(List<Stage> newStages, Instant now) {
        return changed(p -> new Pipeline(id, name, color, users, newStages, labels, baseCard, settings, createdAt, now, version));
    }

    /**
     * Replaces the labels.
     *
     * @param newLabels the labels, in order
     * @param now the instant of the change
     * @return the new state and the changed fields
     */
    Changed<Pipeline> withLabels(List<Label> newLabels, Instant now) {
        return changed(p -> new Pipeline(id, name, color, users, stages, newLabels, baseCard, settings, createdAt, now, version));
    }

    /**
     * Replaces the base card.
     *
     * @param newBaseCard the base card
     * @param now the instant of the change
     * @return the new state and the changed fields
     */
    Changed<Pipeline> withBaseCard(BaseCard newBaseCard, Instant now) {
        return changed(p -> new Pipeline(id, name, color, users, stages, labels, newBaseCard, settings, createdAt, now, version));
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same pipeline at that version
     */
    public Pipeline withVersion(Version newVersion) {
        return new Pipeline(id, name, color, users, stages, labels, baseCard, settings, createdAt, updatedAt, newVersion);
    }

    /**
     * @param stageId a stage
     * @return the stage, if the pipeline has it
     */
    public Optional<Stage> stage(StageId stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /**
     * @param labelId a label
     * @return the label, if the pipeline has it
     */
    public Optional<Label> label(LabelId labelId) {
        return labels.stream().filter(l -> l.id().equals(labelId)).findFirst();
    }

    /**
     * @param userId a user
     * @return whether the user is one of the pipeline's users
     */
    public boolean hasUser(UserId userId) {
        return users.contains(userId);
    }

    /**
     * Every field, by path, rendered as text: what an edit is compared by, one history entry per changed path.
     *
     * @return the fields, in a stable order
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("color", color);
        fields.put("settings.cardsPerStage", String.valueOf(settings.cardsPerStage()));
        fields.put("settings.lossReasonRequired", String.valueOf(settings.lossReasonRequired()));
        fields.put("settings.defaultOrder", settings.defaultOrder().name());
        fields.put("users", users.isEmpty() ? null : users.stream().map(UserId::value).collect(Collectors.joining(", ")));
        fields.put("stages", stages.stream().map(s -> s.id().toString()).collect(Collectors.joining(", ")));
        for (Stage stage : stages) {
            String path = "stages[" + stage.id() + "].";
            fields.put(path + "name", stage.name());
            fields.put(path + "color", stage.color());
            fields.put(path + "stagnantDays", String.valueOf(stage.stagnantDays()));
            fields.put(path + "winProbability", stage.winProbability() == null ? null : String.valueOf(stage.winProbability()));
        }
        fields.put("labels", labels.isEmpty() ? null : labels.stream().map(l -> l.id().toString()).collect(Collectors.joining(", ")));
        for (Label label : labels) {
            fields.put("labels[" + label.id() + "].name", label.name());
            fields.put("labels[" + label.id() + "].color", label.color());
        }
        fields.put("baseCard.description", baseCard.description());
        fields.put("baseCard.labels", sorted(baseCard.labels().stream().map(LabelId::toString).toList()));
        fields.put("baseCard.members", sorted(baseCard.members().stream().map(UserId::value).toList()));
        fields.put("baseCard.comments", baseCard.comments().isEmpty() ? null
                : baseCard.comments().stream().map(BaseComment::text).collect(Collectors.joining(" | ")));
        fields.put("baseCard.attachments", baseCard.attachments().isEmpty() ? null
                : baseCard.attachments().stream().map(a -> a.id() + " " + a.fileName()).collect(Collectors.joining(", ")));
        return fields;
    }

    private Changed<Pipeline> changed(UnaryOperator<Pipeline> edit) {
        Pipeline next = edit.apply(this);
        Map<String, String> after = next.fields();
        Map<String, String> before = fields();
        Changes changes = new Changes();
        before.forEach((field, old) -> changes.compare(field, old, after.get(field)));
        after.forEach((field, value) -> {
            if (!before.containsKey(field)) {
                changes.compare(field, null, value);
            }
        });
        return new Changed<>(changes.isEmpty() ? this : next, changes.toList());
    }

    private static String sorted(List<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(", "));
    }

    /** @return the id */
    public PipelineId id() {
        return id;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the color, {@code #RRGGBB} */
    public String color() {
        return color;
    }

    /** @return the users, sorted by id */
    public SortedSet<UserId> users() {
        return users;
    }

    /** @return the stages, in board order */
    public List<Stage> stages() {
        return stages;
    }

    /** @return the labels */
    public List<Label> labels() {
        return labels;
    }

    /** @return the base card */
    public BaseCard baseCard() {
        return baseCard;
    }

    /** @return the settings */
    public PipelineSettings settings() {
        return settings;
    }

    /** @return when it was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    /**
     * The stages as a list the caller may change.
     *
     * @return a mutable copy
     */
    public List<Stage> stagesCopy() {
        return new ArrayList<>(stages);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pipeline p
                && id.equals(p.id)
                && fields().equals(p.fields())
                && baseCard.equals(p.baseCard)
                && createdAt.equals(p.createdAt)
                && updatedAt.equals(p.updatedAt)
                && version.equals(p.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Pipeline[" + id + ", " + name + ", " + stages.size() + " stages, v" + version + "]";
    }
}
