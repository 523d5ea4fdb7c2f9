package dev.crmkit.testkit;

import dev.crmkit.CrmSession;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds pipelines for tests: {@code PipelineTestData.aPipeline().withStages("Lead", "Proposal").withUsers(bob).createdBy(admin)}.
 * Defaults: a unique name, stages "New" (no stagnation), "Qualified" (3 days) and "Proposal" (7 days).
 */
public final class PipelineTestData {

    private String name = "Pipeline " + UUID.randomUUID().toString().substring(0, 8);
    private String color = "#3366cc";
    private List<NewStage> stages = new ArrayList<>(List.of(
            new NewStage("New", "#CCCCCC", 0), new NewStage("Qualified", "#FFCC00", 3), new NewStage("Proposal", "#FF6600", 7)));
    private final List<UserId> users = new ArrayList<>();
    private PipelineSettings settings = PipelineSettings.DEFAULT;

    private PipelineTestData() {}

    /** @return a builder with the defaults */
    public static PipelineTestData aPipeline() {
        return new PipelineTestData();
    }

    /**
     * @param newName the name
     * @return this builder
     */
    public PipelineTestData named(String newName) {
        this.name = newName;
        return this;
    }

    /**
     * @param names the stages, none of them stagnating
     * @return this builder
     */
    public PipelineTestData withStages(String... names) {
        stages = new ArrayList<>(Arrays.stream(names).map(n -> new NewStage(n, "#CCCCCC", 0)).toList());
        return this;
    }

    /**
     * @param newStages the stages
     * @return this builder
     */
    public PipelineTestData withStages(List<NewStage> newStages) {
        stages = new ArrayList<>(newStages);
        return this;
    }

    /**
     * @param ids the users
     * @return this builder
     */
    public PipelineTestData withUsers(UserId... ids) {
        users.addAll(Arrays.asList(ids));
        return this;
    }

    /**
     * @param newSettings the settings
     * @return this builder
     */
    public PipelineTestData withSettings(PipelineSettings newSettings) {
        this.settings = newSettings;
        return this;
    }

    /** @return the command */
    public CreatePipeline build() {
        return new CreatePipeline(name, color, stages, Set.copyOf(users), settings);
    }

    /**
     * Creates the pipeline.
     *
     * @param admin an administrator's API
     * @return the stored pipeline
     */
    public Pipeline createdBy(CrmSession admin) {
        return admin.pipelines().create(build());
    }

    /**
     * A card command with a name only, in the pipeline's first stage.
     *
     * @param pipeline the pipeline
     * @param cardName the card's name
     * @return the command
     */
    public static CreateCard aCard(Pipeline pipeline, String cardName) {
        return new CreateCard(pipeline.id(), null, cardName, null, null, null, null, null, null, null);
    }
}
