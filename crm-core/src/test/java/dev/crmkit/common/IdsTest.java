package dev.crmkit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void givenNewIds_whenGeneratedInSequence_thenTheyAreVersion7AndTimeOrdered() {
        List<CatalogEntryId> ids = IntStream.range(0, 1000).mapToObj(i -> CatalogEntryId.newId()).toList();

        assertThat(ids).allSatisfy(id -> assertThat(id.value().version()).isEqualTo(7));
        assertThat(ids).doesNotHaveDuplicates();
        long firstMillis = ids.get(0).value().getMostSignificantBits() >>> 16;
        long lastMillis = ids.get(ids.size() - 1).value().getMostSignificantBits() >>> 16;
        assertThat(lastMillis).isGreaterThanOrEqualTo(firstMillis);
    }

    @Test
    void givenIdsFromSeveralThreadsInTheSameMillisecond_whenEachThreadReadsItsOwn_thenTheyStrictlyIncrease() throws Exception {
        // Timelines break ties between events of one instant by id: the order must be the order of creation.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = IntStream.range(0, 4).mapToObj(t -> pool.submit(
                    () -> IntStream.range(0, 20_000).mapToObj(i -> EventId.newId()).toList())).toList();
            for (var future : futures) {
                List<EventId> ids = future.get();
                for (int i = 1; i < ids.size(); i++) {
                    assertThat(ids.get(i)).as("id %d", i).isGreaterThan(ids.get(i - 1));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property(tries = 200)
    void givenAnyTextThatIsNotACanonicalUuid_whenParsed_thenTheFieldIsNamed(@ForAll @StringLength(max = 40) String text) {
        boolean canonical = text.strip().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        if (canonical) {
            assertThat(CatalogEntryId.of(text).toString()).isEqualToIgnoringCase(text.strip());
            return;
        }
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> CatalogEntryId.of(text));

        assertThat(e.field()).contains("catalogEntryId");
    }

    @Property(tries = 500)
    void givenACanonicalUuidWithOneCharacterChanged_whenParsed_thenItIsAcceptedExactlyWhenStillCanonical(
            @ForAll("positions") int position, @ForAll("replacements") char replacement) {
        String uuid = java.util.UUID.randomUUID().toString();
        String text = uuid.substring(0, position) + replacement + uuid.substring(position + 1);
        boolean canonical = text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> CatalogEntryId.of(text));

        if (canonical) {
            assertThat(e).isNull();
            assertThat(CatalogEntryId.of(text).toString()).isEqualToIgnoringCase(text);
        } else {
            assertThat(e).isNotNull();
            assertThat(e.field()).contains("catalogEntryId");
        }
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 35);
    }

    @Provide
    Arbitrary<Character> replacements() {
        // Signs UUID.fromString's general path takes, non-ASCII digits Character.digit takes, letters past f.
        return Arbitraries.of('0', '9', 'a', 'F', 'f', 'g', 'G', '-', '+', ' ', '\u0663', '\uFF11', 'x');
    }

    @Test
    void givenHostKeysWithBlanksOrControls_whenUsedAsIds_thenTheyAreRefused() {
        for (String bad : List.of("", " ", " ana", "ana ", "a\tb", "x".repeat(UserId.MAX_LENGTH + 1))) {
            InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> UserId.of(bad));
            assertThat(e.field()).as("'" + bad + "'").contains("userId");
        }
        assertThat(UserId.of("ana.souza@acme.com.br").value()).isEqualTo("ana.souza@acme.com.br");
    }
}
