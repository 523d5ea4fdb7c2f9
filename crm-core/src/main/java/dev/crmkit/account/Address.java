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
}
