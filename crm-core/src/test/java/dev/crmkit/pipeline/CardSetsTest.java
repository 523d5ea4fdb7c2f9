package dev.crmkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A card's labels and members: sorted, immutable, and shared with its summary rather than copied. */
class CardSetsTest {

    private static final LabelId LOW = LabelId.of("00000000-0000-0000-0000-000000000001");
    private static final LabelId HIGH = LabelId.of("00000000-0000-0000-0000-000000000002");

    @Test
    void givenUnorderedSets_whenACardIsBuilt_thenItsSetsAreSortedAndImmutable() {
        Card card = card(new HashSet<>(List.of(HIGH, LOW)), new HashSet<>(List.of(UserId.of("zoe"), UserId.of("ana"))));

        assertThat(card.labels()).containsExactly(LOW, HIGH);
        assertThat(card.members()).containsExactly(UserId.of("ana"), UserId.of("zoe"));
        assertThatThrownBy(() -> card.labels().add(LabelId.newId())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> card.members().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void givenACard_whenEditedOrSummarized_thenItsSetsAreTakenAsTheyAre() {
        Card card = card(Set.of(HIGH, LOW), Set.of(UserId.of("zoe"), UserId.of("ana")));

        Card renamed = card.toBuilder().name("Renamed").build();
        CardSummary summary = CardSummary.of(card, null, null, false, 0);

        assertThat(renamed.labels()).isSameAs(card.labels());
        assertThat(renamed.members()).isSameAs(card.members());
        assertThat(summary.labels()).isSameAs(card.labels());
        assertThat(summary.members()).isSameAs(card.members());
    }

    @Test
    void givenAMutableSet_whenASummaryIsMadeOfIt_thenLaterChangesDoNotReachTheSummary() {
        Set<LabelId> labels = new HashSet<>(Set.of(LOW));
        CardSummary summary = CardSummary.of(card(Set.of(), Set.of()), null, null, false, 0);
        CardSummary copied = new CardSummary(summary.id(), summary.stageId(), summary.position(), summary.name(), labels,
                Set.of(), null, null, null, null, null, summary.prospectCreatedAt(), false, false, false, false, false, 0, 0, 0,
                summary.createdAt(), summary.updatedAt(), summary.version());

        labels.add(HIGH);

        assertThat(copied.labels()).containsExactly(LOW);
    }

    private static Card card(Set<LabelId> labels, Set<UserId> members) {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        return Card.builder().id(CardId.newId()).pipelineId(PipelineId.newId()).stageId(StageId.newId()).position("m")
                .name("Card").labels(labels).members(members).createdBy(UserId.of("ana")).createdAt(now).updatedAt(now)
                .version(Version.FIRST).build();
    }
}
