package dev.crmkit.pipeline;

import dev.crmkit.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a pipeline (administrators only).
 *
 * @param name its name, unique in the tenant case-insensitively
 * @param color its color, {@code #RRGGBB}
 * @param stages its stages, in board order
 * @param users its users (active users of the tenant); none is allowed
 * @param settings its settings; {@code null} for {@link PipelineSettings#DEFAULT}
 */
public record CreatePipeline(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid NewStage> stages,
        @Size(max = 500) Set<@NotNull UserId> users,
        @Valid PipelineSettings settings) {

    /**
     * Starts a {@link CreatePipeline} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param name its name, unique in the tenant case-insensitively
     * @param color its color, {@code #RRGGBB}
     * @return a builder
     */
    public static Builder builder(String name, String color) {
        Builder builder = new Builder();
        builder.name = name;
        builder.color = color;
        return builder;
    }

    /**
     * Starts a builder from this {@link CreatePipeline}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.color = color;
        builder.stages = stages;
        builder.users = users;
        builder.settings = settings;
        return builder;
    }

    /**
     * Builds a {@link CreatePipeline}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private String name;
        private String color;
        private List<NewStage> stages = List.of();
        private Set<UserId> users = Set.of();
        private PipelineSettings settings;

        private Builder() {}

        /**
         * @param value its name, unique in the tenant case-insensitively
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value its color, {@code #RRGGBB}
         * @return this builder
         */
        public Builder color(String value) {
            this.color = value;
            return this;
        }

        /**
         * @param values its stages, in board order
         * @return this builder
         */
        public Builder stages(Collection<? extends NewStage> values) {
            this.stages = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its stages, in board order
         * @return this builder
         */
        public Builder stages(NewStage... values) {
            return stages(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its users (active users of the tenant); none is allowed
         * @return this builder
         */
        public Builder users(Collection<? extends UserId> values) {
            this.users = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values its users (active users of the tenant); none is allowed
         * @return this builder
         */
        public Builder users(UserId... values) {
            return users(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value its settings; {@code null} for {@link PipelineSettings#DEFAULT}
         * @return this builder
         */
        public Builder settings(PipelineSettings value) {
            this.settings = value;
            return this;
        }

        /** @return the {@link CreatePipeline} of the steps so far, checked as any other when a use case receives it */
        public CreatePipeline build() {
            return new CreatePipeline(name, color, stages, users, settings);
        }
    }
}
