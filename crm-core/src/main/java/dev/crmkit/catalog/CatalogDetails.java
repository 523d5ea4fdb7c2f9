package dev.crmkit.catalog;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a catalog entry carries beyond its name; which variant depends on {@link CatalogKind#shape()}. */
public sealed interface CatalogDetails {

    /** The largest number of values of a closed list. */
    int MAX_CHOICES = 500;

    /** The largest length of a value of a closed list, and of an inverse name. */
    int MAX_NAME_LENGTH = 120;

    /**
     * The shape these details belong to.
     *
     * @return the shape
     */
    CatalogKind.Shape shape();

    /** A plain entry: a name only. */
    record Plain() implements CatalogDetails {

        @Override
        public CatalogKind.Shape shape() {
            return CatalogKind.Shape.PLAIN;
        }
    }

    /**
     * A characteristic type.
     *
     * @param valueType the type of the values
     * @param choices the allowed values of a {@link CharacteristicValueType#CHOICE} (in display order,
     *     unique case-insensitively); empty for every other type
     */
    record Characteristic(CharacteristicValueType valueType, List<String> choices) implements CatalogDetails {

        /** Checks the type, and the choices against it. */
        public Characteristic {
            Objects.requireNonNull(valueType, "valueType");
            choices = checkChoices(valueType, choices);
        }

        private static List<String> checkChoices(CharacteristicValueType valueType, List<String> choices) {
            List<String> given = choices == null ? List.of() : choices;
            InvalidCommandException.Builder problems = InvalidCommandException.builder("Characteristic");
            if (valueType != CharacteristicValueType.CHOICE) {
                if (!given.isEmpty()) {
                    problems.add("choices", "OnlyForChoice");
                }
                problems.throwIfAny();
                return List.of();
            }
            if (given.isEmpty()) {
                problems.add("choices", "NotEmpty");
            }
            if (given.size() > MAX_CHOICES) {
                problems.add("choices", "Size", 1, MAX_CHOICES);
            }
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                String choice = given.get(i);
                String path = "choices[" + i + "]";
                if (choice == null || choice.isBlank()) {
                    problems.add(path, "NotBlank");
                } else if (choice.strip().length() > MAX_NAME_LENGTH) {
                    problems.add(path, "Size", 1, MAX_NAME_LENGTH);
                } else if (!keys.add(Text.key(choice))) {
                    problems.add(path, "Unique");
                }
            }
            problems.throwIfAny();
            return given.stream().map(String::strip).toList();
        }

        /**
         * Whether a text is one of the allowed values, case-insensitively.
         *
         * @param value the text
         * @return {@code true} for an allowed value
         */
        public boolean allows(String value) {
            String key = Text.key(value);
            return choices.stream().anyMatch(c -> Text.key(c).equals(key));
        }

        @Override
        public CatalogKind.Shape shape() {
            return CatalogKind.Shape.CHARACTERISTIC;
        }
    }

    /**
     * A relationship type: "parent of" / "subsidiary of", "partner of" / "partner of".
     *
     * @param inverseName the name seen from the other account
     * @param hierarchical whether relationships of this type form a hierarchy (no cycles allowed)
     */
    record Relationship(String inverseName, boolean hierarchical) implements CatalogDetails {

        /** Checks the inverse name. */
        public Relationship {
            if (inverseName == null || inverseName.isBlank()) {
                throw InvalidCommandException.single("inverseName", "NotBlank");
            }
            inverseName = inverseName.strip();
            if (inverseName.length() > MAX_NAME_LENGTH) {
                throw InvalidCommandException.single("inverseName", "Size", 1, MAX_NAME_LENGTH);
            }
        }

        @Override
        public CatalogKind.Shape shape() {
            return CatalogKind.Shape.RELATIONSHIP;
        }
    }
}
