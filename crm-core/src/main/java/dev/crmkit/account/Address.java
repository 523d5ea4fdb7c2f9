package dev.crmkit.account;

import dev.crmkit.common.IsoCountry;
import dev.crmkit.common.Text;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A structured postal address; every part is optional.
 *
 * @param street the street
 * @param number the number on the street
 * @param district the district (bairro, barrio)
 * @param city the city
 * @param state the state or province
 * @param postalCode the postal code
 * @param country the ISO 3166-1 alpha-2 country code
 */
public record Address(
        @Size(max = 200) String street,
        @Size(max = 20) String number,
        @Size(max = 120) String district,
        @Size(max = 120) String city,
        @Size(max = 120) String state,
        @Size(max = 20) String postalCode,
        @IsoCountry String country) {

    /** An address with no part given. */
    public static final Address EMPTY = new Address(null, null, null, null, null, null, null);

    /** Trims every part, turns blank parts into {@code null} and the country code into upper case. */
    public Address {
        street = Text.trimToNull(street);
        number = Text.trimToNull(number);
        district = Text.trimToNull(district);
        city = Text.trimToNull(city);
        state = Text.trimToNull(state);
        postalCode = Text.trimToNull(postalCode);
        country = country == null ? null : Text.trimToNull(country.toUpperCase(Locale.ROOT));
    }

    /**
     * An address of a city.
     *
     * @param city the city
     * @param state the state
     * @param country the ISO country code
     * @return the address
     */
    public static Address ofCity(String city, String state, String country) {
        return new Address(null, null, null, city, state, null, country);
    }

    /**
     * Starts a {@link Address}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link Address}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.street = street;
        builder.number = number;
        builder.district = district;
        builder.city = city;
        builder.state = state;
        builder.postalCode = postalCode;
        builder.country = country;
        return builder;
    }

    /**
     * Builds a {@link Address}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private String street;
        private String number;
        private String district;
        private String city;
        private String state;
        private String postalCode;
        private String country;

        private Builder() {}

        /**
         * @param value the street
         * @return this builder
         */
        public Builder street(String value) {
            this.street = value;
            return this;
        }

        /**
         * @param value the number on the street
         * @return this builder
         */
        public Builder number(String value) {
            this.number = value;
            return this;
        }

        /**
         * @param value the district (bairro, barrio)
         * @return this builder
         */
        public Builder district(String value) {
            this.district = value;
            return this;
        }

        /**
         * @param value the city
         * @return this builder
         */
        public Builder city(String value) {
            this.city = value;
            return this;
        }

        /**
         * @param value the state or province
         * @return this builder
         */
        public Builder state(String value) {
            this.state = value;
            return this;
        }

        /**
         * @param value the postal code
         * @return this builder
         */
        public Builder postalCode(String value) {
            this.postalCode = value;
            return this;
        }

        /**
         * @param value the ISO 3166-1 alpha-2 country code
         * @return this builder
         */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /** @return the {@link Address} of the steps so far, checked as any other when a use case receives it */
        public Address build() {
            return new Address(street, number, district, city, state, postalCode, country);
        }
    }
}
