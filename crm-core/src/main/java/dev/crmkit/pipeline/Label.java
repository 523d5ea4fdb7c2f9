package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import java.util.Objects;

/**
 * A label of a pipeline: a name and a color cards can be tagged with.
 *
 * @param id the label's id
 * @param name the name, unique within the pipeline case-insensitively
 * @param color the color, {@code #RRGGBB} in upper case
 */
public record Label(LabelId id, String name, String color) {

    /** Checks the parts are present. */
    public Label {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }
}
