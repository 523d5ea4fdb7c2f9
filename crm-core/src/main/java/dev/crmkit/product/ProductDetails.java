package dev.crmkit.product;

import dev.crmkit.common.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What describes a product or service. Commands carry it and the {@link Product} keeps it.
 *
 * @param code the tenant's code of the product, unique in the tenant regardless of case and repeated blanks ({@code "FIB-1G"})
 * @param name the name shown on quotes and orders
 * @param unit the unit it is sold by ({@code "un"}, {@code "m"}, {@code "h"}), or {@code null}
 * @param kind good or service
 * @param route where its order lines go
 * @param group the product group discount policies may name, or {@code null}
 */
public record ProductDetails(
        @NotBlank @Size(max = 60) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) String unit,
        @NotNull ProductKind kind,
        @NotNull ProductRoute route,
        @Size(max = 120) String group) {

    /** Trims the texts. */
    public ProductDetails {
        code = Text.trimToNull(code);
        name = Text.trimToNull(name);
        unit = Text.trimToNull(unit);
        group = Text.trimToNull(group);
    }

    /**
     * Starts the details of a product: a good that goes to the sales office, with no unit and no group until the
     * builder says otherwise.
     *
     * @param code the code
     * @param name the name
     * @return a builder
     */
    public static Builder builder(String code, String name) {
        return new Builder(code, name);
    }

    /**
     * A builder starting from these details, to change some of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(code, name).unit(unit).kind(kind).route(route).group(group);
    }

    /**
     * The key codes are unique by ({@link Text#key}).
     *
     * @return the key
     */
    public String codeKey() {
        return code == null ? null : Text.key(code);
    }

    /**
     * The product group's key, as discount policies compare it: {@link Text#key} of the group.
     *
     * @return the key, or {@code null} without a group
     */
    public String groupKey() {
        return group == null ? null : Text.key(group);
    }

    /**
     * Every field rendered as text, for the changes an event reports.
     *
     * @return the fields, in declaration order
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("unit", unit);
        fields.put("kind", kind == null ? null : kind.name());
        fields.put("route", route == null ? null : route.name());
        fields.put("group", group);
        return fields;
    }

    /** Builds {@link ProductDetails}. */
    public static final class Builder {

        private String code;
        private String name;
        private String unit;
        private ProductKind kind = ProductKind.GOOD;
        private ProductRoute route = ProductRoute.SALES;
        private String group;

        private Builder(String code, String name) {
            this.code = code;
            this.name = name;
        }

        /**
         * @param value the code
         * @return this builder
         */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /**
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the unit, or {@code null}
         * @return this builder
         */
        public Builder unit(String value) {
            this.unit = value;
            return this;
        }

        /**
         * @param value good or service
         * @return this builder
         */
        public Builder kind(ProductKind value) {
            this.kind = value;
            return this;
        }

        /**
         * @param value where its order lines go
         * @return this builder
         */
        public Builder route(ProductRoute value) {
            this.route = value;
            return this;
        }

        /**
         * @param value the product group, or {@code null}
         * @return this builder
         */
        public Builder group(String value) {
            this.group = value;
            return this;
        }

        /**
         * @return the details (validated when a command carrying them is)
         */
        public ProductDetails build() {
            return new ProductDetails(code, name, unit, kind, route, group);
        }
    }
}
