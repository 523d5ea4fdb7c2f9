package dev.crmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.common.JsonException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CrmJson#readTexts}: every list {@link CrmJson#write} writes comes back equal, and the scan of plain arrays
 * ({@link CrmJson#plainTexts}) reads exactly what Jackson reads or leaves the text to it.
 */
class ReadTextsProperties {

    private final CrmJson json = new CrmJson();

    @Property(tries = 2000)
    void givenAnyListOfTexts_whenWrittenAndRead_thenTheSameListComesBack(@ForAll("lists") List<String> texts) {
        String written = json.write(texts);

        assertThat(json.readTexts(written)).isEqualTo(texts);
        assertThat(json.parsedTexts(written)).isEqualTo(texts);
    }

    @Property(tries = 2000)
    void givenAWrittenListWithOneCharacterChanged_whenScanned_thenTheScanReadsWhatJacksonReadsOrDeclines(
            @ForAll("lists") List<String> texts, @ForAll("positions") int position, @ForAll("edits") int edit,
            @ForAll("characters") char character) {
        String written = json.write(texts);
        int at = position % (written.length() + 1);
        String changed = switch (edit) {
            case 0 -> written.substring(0, at) + character + written.substring(at); // inserted
            case 1 -> at == written.length() ? written : written.substring(0, at) + written.substring(at + 1); // removed
            default -> at == written.length() ? written + character
                    : written.substring(0, at) + character + written.substring(at + 1); // replaced
        };

        List<String> scanned = CrmJson.plainTexts(changed);

        if (scanned != null) {
            assertThat(scanned).as(changed).isEqualTo(json.parsedTexts(changed));
        }
        List<String> jackson;
        try {
            jackson = json.parsedTexts(changed);
        } catch (JsonException refused) {
            assertThat(scanned).as(changed).isNull();
            assertThatThrownBy(() -> json.readTexts(changed)).isInstanceOf(JsonException.class);
            return;
        }
        assertThat(json.readTexts(changed)).as(changed).isEqualTo(jackson);
    }

    @Example
    void givenPlainArrays_whenScanned_thenTheScanReadsThemWithoutJackson() {
        assertThat(CrmJson.plainTexts("[]")).isEmpty();
        assertThat(CrmJson.plainTexts("[\"\"]")).containsExactly("");
        assertThat(CrmJson.plainTexts("[\"ana@acme.com\",\"+55 11 5555-0100\"]"))
                .containsExactly("ana@acme.com", "+55 11 5555-0100");
        assertThat(CrmJson.plainTexts("[\"São Paulo 😀\"]")).containsExactly("São Paulo 😀");
    }

    @Example
    void givenArraysWithEscapesOrBlanks_whenRead_thenJacksonReadsThem() {
        assertThat(CrmJson.plainTexts("[\"a\\\"b\"]")).isNull();
        assertThat(json.readTexts("[\"a\\\"b\"]")).containsExactly("a\"b");
        assertThat(CrmJson.plainTexts("[ \"a\" , \"b\" ]")).isNull();
        assertThat(json.readTexts("[ \"a\" , \"b\" ]")).containsExactly("a", "b");
        assertThat(json.readTexts("[\"\\u0041\\n\"]")).containsExactly("A\n");
    }

    @Example
    void givenTextsThatAreNotArraysOfStrings_whenRead_thenAStoreErrorWithoutTheTextIsThrown() {
        for (String bad : new String[] {"", "null", "{}", "[1]", "[\"a\",]", "[\"a\"] x", "[\"a\"", "[null]", "[\"a\"][]",
                "\"a\"", "[[\"a\"]]"}) {
            assertThat(CrmJson.plainTexts(bad)).as(bad).isNull();
            assertThatThrownBy(() -> json.readTexts(bad)).as(bad).isInstanceOf(JsonException.class);
        }
        assertThatThrownBy(() -> json.readTexts(null)).isInstanceOf(JsonException.class);
    }

    @Provide
    Arbitrary<List<String>> lists() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("ab\"\\\n\t, []").ofMaxLength(6),
                Arbitraries.strings().alpha().numeric().withChars("@.+- ").ofMaxLength(20));
        return text.list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 200);
    }

    @Provide
    Arbitrary<Integer> edits() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Character> characters() {
        return Arbitraries.oneOf(Arbitraries.of('"', '\\', ',', '[', ']', ' ', '\n', 'x', '1', '{', '\u0001'),
                Arbitraries.chars());
    }
}
