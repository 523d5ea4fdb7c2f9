package dev.crmkit.discount;

import dev.crmkit.common.Text;
import dev.crmkit.product.Validity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a discount policy says. Creating a policy takes it as the command; {@link DiscountPolicy} keeps it. Start
 * with {@code DiscountTerms.builder(name, percent, from)}.
 *
 * @param name the policy's name, unique in the tenant regardless of case and repeated blanks
 * @param scope whom it is for
 * @param item what it discounts
 * @param condition when it holds beyond scope, item and validity
 * @param percent the discount in percent, from 0 to 100, at most two decimals
 * @param validity the days it holds, both ends included
 */
public record DiscountTerms(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Valid DiscountScope scope,
        @NotNull @Valid DiscountItem item,
        @NotNull @Valid DiscountCondition condition,
        @NotNull @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percent,
        @NotNull @Valid Validity validity) {

    /** Trims the name; brings the percentage to two decimals when it has no more (as every store keeps it). */
    public DiscountTerms {
        name = Text.trimToNull(name);
        percent = scaled(percent, 2);
    }

    /**
     * A number at a scale when that loses nothing, so every store gives back the number it was given; a number with
     * more decimals is left for validation to refuse.
     */
    static BigDecimal scaled(BigDecimal value, int scale) {
        // A number far out of range (1e999999999) is left as it is: rescaling it would not fit in memory.
        if (value == null || value.scale() == scale || value.precision() - value.scale() > 40
                || value.stripTrailingZeros().scale() > scale) {
            return value;
        }
        return value.setScale(scale);
    }

    /** @return the key names are unique by */
    public String nameKey() {
        return Text.key(name);
    }

    /**
     * Starts the terms of a policy for everyone, on every product, with no condition and no end, until the builder
     * says otherwise.
     *
     * @param name the name
     * @param percent the discount in percent
     * @param from the first day it holds
     * @return a builder
     */
    public static Builder builder(String name, BigDecimal percent, LocalDate from) {
        return new Builder(name, percent, from);
    }

    /**
     * A builder starting from these terms, to change some of them.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(name, percent, validity == null ? null : validity.from());
        builder.scope = scope;
        builder.item = item;
        builder.condition = condition;
        builder.validity = validity;
        return builder;
    }

    /** Builds {@link DiscountTerms}, one named step per part. */
    public static final class Builder {

        private String name;
        private BigDecimal percent;
        private DiscountScope scope = new DiscountScope.Everyone();
        private DiscountItem item = new DiscountItem.All();
        private DiscountCondition condition = new DiscountCondition.None();
        private Validity validity;

        private Builder(String name, BigDecimal percent, LocalDate from) {
            this.name = name;
            this.percent = percent;
            this.validity = from == null ? null : Validity.from(from);
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
         * @param value the discount in percent
         * @return this builder
         */
        public Builder percent(BigDecimal value) {
            this.percent = value;
            return this;
        }

        /**
         * @param value whom the policy is for
         * @return this builder
         */
        public Builder scope(DiscountScope value) {
            this.scope = value;
            return this;
        }

        /**
         * @param value what it discounts
         * @return this builder
         */
        public Builder item(DiscountItem value) {
            this.item = value;
            return this;
        }

        /**
         * @param value when it holds
         * @return this builder
         */
        public Builder condition(DiscountCondition value) {
            this.condition = value;
            return this;
        }

        /**
         * @param value the days it holds
         * @return this builder
         */
        public Builder validity(Validity value) {
            this.validity = value;
            return this;
        }

        /** @return the terms of the steps so far, checked when a use case receives them */
        public DiscountTerms build() {
            return new DiscountTerms(name, scope, item, condition, percent, validity);
        }
    }
}
