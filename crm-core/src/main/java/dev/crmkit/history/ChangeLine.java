package dev.crmkit.history;

import java.util.Objects;

/**
 * One changed field as a person reads it, with the raw field path and values kept beside the words.
 *
 * @param field the field's path as commands and events name it (for example {@code "stageId"})
 * @param fieldLabel the field's name in the reader's language
 * @param oldValue the raw value before, or {@code null}
 * @param newValue the raw value after, or {@code null}
 * @param oldDisplay the value before in words, or {@code null} when there was none
 * @param newDisplay the value after in words, or {@code null} when there is none
 */
public record ChangeLine(String field, String fieldLabel, String oldValue, String newValue, String oldDisplay,
        String newDisplay) {

    /** Checks the field and its label are present. */
    public ChangeLine {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fieldLabel, "fieldLabel");
    }

    /**
     * Starts a {@link ChangeLine} from its required parts; the values start empty.
     *
     * @param field the field's path
     * @param fieldLabel the field's name in the reader's language
     * @return a builder
     */
    public static Builder builder(String field, String fieldLabel) {
        Builder builder = new Builder();
        builder.field = field;
        builder.fieldLabel = fieldLabel;
        return builder;
    }

    /** Builds a {@link ChangeLine}, one named step per part. */
    public static final class Builder {

        private String field;
        private String fieldLabel;
        private String oldValue;
        private String newValue;
        private String oldDisplay;
        private String newDisplay;

        private Builder() {}

        /**
         * @param value the field's path
         * @return this builder
         */
        public Builder field(String value) {
            this.field = value;
            return this;
        }

        /**
         * @param value the field's name in the reader's language
         * @return this builder
         */
        public Builder fieldLabel(String value) {
            this.fieldLabel = value;
            return this;
        }

        /**
         * @param value the raw value before, or {@code null}
         * @return this builder
         */
        public Builder oldValue(String value) {
            this.oldValue = value;
            return this;
        }

        /**
         * @param value the raw value after, or {@code null}
         * @return this builder
         */
        public Builder newValue(String value) {
            this.newValue = value;
            return this;
        }

        /**
         * @param value the value before in words, or {@code null}
         * @return this builder
         */
        public Builder oldDisplay(String value) {
            this.oldDisplay = value;
            return this;
        }

        /**
         * @param value the value after in words, or {@code null}
         * @return this builder
         */
        public Builder newDisplay(String value) {
            this.newDisplay = value;
            return this;
        }

        /** @return the {@link ChangeLine} of the steps so far */
        public ChangeLine build() {
            return new ChangeLine(field, fieldLabel, oldValue, newValue, oldDisplay, newDisplay);
        }
    }
}
