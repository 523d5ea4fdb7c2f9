package dev.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.common.InvalidCommandException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The instant reader of {@link CrmJacksonModule}: what it reads from digits equals what {@link Instant#parse}
 * reads, every text it leaves to Jackson is read the general way, and a text no reader accepts fails.
 */
class IsoInstantProperties {

    private final CrmJson json = new CrmJson();

    @Property(tries = 2000)
    void givenAnInstantOfFourDigitYear_whenWrittenAndRead_thenTheSameInstantComesBack(@ForAll("instants") Instant instant) {
        String text = instant.toString();

        assertThat(IsoInstantDeserializer.parse(text)).isEqualTo(instant).isEqualTo(Instant.parse(text));
        assertThat(json.readCommand('"' + text + '"', Instant.class, Locale.ROOT)).isEqualTo(instant);
    }

    @Property(tries = 2000)
    void givenAnyFractionLength_whenRead_thenItEqualsTheJdksReading(@ForAll("instants") Instant instant,
            @ForAll("fractionDigits") int digits) {
        String text = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "'Z'")
                .withZone(ZoneOffset.UTC).format(instant);

        assertThat(IsoInstantDeserializer.parse(text)).isEqualTo(Instant.parse(text));
    }

    @Property(tries = 1000)
    void givenATextWithOneCharacterChanged_whenRead_thenItIsReadAsTheJdkReadsItOrLeftToJackson(
            @ForAll("instants") Instant instant, @ForAll("positions") int position, @ForAll("characters") char replacement) {
        String text = instant.toString();
        int at = position % text.length();
        String changed = text.substring(0, at) + replacement + text.substring(at + 1);

        Instant read = IsoInstantDeserializer.parse(changed);

        // Either the fast reader reads exactly what the JDK reads, or it declines and Jackson decides.
        if (read != null) {
            assertThat(read).isEqualTo(Instant.parse(changed));
        }
    }

    @Example
    void givenOtherFormsOfAnInstant_whenRead_thenJacksonsReaderReadsThem() {
        assertThat(IsoInstantDeserializer.parse("2026-11-30T13:58:07+01:00")).isNull();
        assertThat(json.readCommand("\"2026-11-30T13:58:07+01:00\"", Instant.class, Locale.ROOT))
                .isEqualTo(Instant.parse("2026-11-30T12:58:07Z"));
        assertThat(IsoInstantDeserializer.parse("+12026-11-30T12:58:07Z")).isNull();
        assertThat(json.readCommand("\"+12026-11-30T12:58:07Z\"", Instant.class, Locale.ROOT))
                .isEqualTo(OffsetDateTime.of(12026, 11, 30, 12, 58, 7, 0, ZoneOffset.UTC).toInstant());
        assertThat(json.readCommand("1764507487.5", Instant.class, Locale.ROOT))
                .isEqualTo(Instant.ofEpochSecond(1764507487L, 500_000_000));
    }

    @Example
    void givenImpossibleDatesAndTimes_whenRead_thenTheFastReaderDeclinesAndTheTextIsRefused() {
        for (String bad : new String[] {"2026-02-30T12:00:00Z", "2026-13-01T12:00:00Z", "2026-11-30T25:00:00Z",
                "2026-11-30T12:60:00Z", "2026-11-30T12:00:00.1234567890Z", "2026-11-30 12:00:00Z"}) {
            assertThat(IsoInstantDeserializer.parse(bad)).as(bad).isNull();
            assertThatThrownBy(() -> Instant.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> json.readCommand('"' + bad + '"', Instant.class, Locale.ROOT)).as(bad)
                    .isInstanceOf(InvalidCommandException.class);
        }
        // The JDK's own readings of the end of a day, a leap second and an empty fraction are left to it.
        assertThat(IsoInstantDeserializer.parse("2026-11-30T12:00:00.Z")).isNull();
        assertThat(json.readCommand("\"2026-11-30T12:00:00.Z\"", Instant.class, Locale.ROOT)).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(IsoInstantDeserializer.parse("2026-11-30T24:00:00Z")).isNull();
        assertThat(json.readCommand("\"2026-11-30T24:00:00Z\"", Instant.class, Locale.ROOT)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(IsoInstantDeserializer.parse("2026-12-31T23:59:60Z")).isNull();
    }

    @Provide
    Arbitrary<Instant> instants() {
        // Every year Instant.toString writes with four digits, to the nanosecond.
        return Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
                .flatMap(second -> Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(m -> m * 1_000_000),
                                Arbitraries.integers().between(0, 999_999).map(u -> u * 1_000), Arbitraries.integers().between(0, 999_999_999))
                        .map(nanos -> Instant.ofEpochSecond(second, nanos)));
    }

    @Provide
    Arbitrary<Integer> fractionDigits() {
        return Arbitraries.integers().between(0, 9);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 40);
    }

    @Provide
    Arbitrary<Character> characters() {
        return Arbitraries.of('0', '1', '2', '5', '9', ':', '-', '.', 'T', 'Z', 'z', ' ', '+', 'x');
    }
}
