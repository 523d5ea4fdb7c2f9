package dev.crmkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The builders of commands: required parts first, sensible defaults, edits that start from what was read. */
class CommandBuildersTest {

    @Test
    void givenOnlyTheRequiredParts_whenACreateCardIsBuilt_thenItsCollectionsAreEmptyAndTheRestAbsent() {
        PipelineId pipeline = PipelineId.newId();

        CreateCard command = CreateCard.builder(pipeline, "Fleet renewal").build();

        assertThat(command).isEqualTo(new CreateCard(pipeline, null, "Fleet renewal", null, Set.of(), Set.of(), null, null,
                null, null));
    }

    @Test
    void givenACollectionStep_whenGivenACollectionOrValues_thenBothBuildTheSameCommandAndTheLastStepWins() {
        PipelineId pipeline = PipelineId.newId();
        LabelId hot = LabelId.newId();
        LabelId cold = LabelId.newId();

        CreateCard fromValues = CreateCard.builder(pipeline, "Deal").labels(cold).labels(hot).build();
        CreateCard fromCollection = CreateCard.builder(pipeline, "Deal").labels(List.of(hot)).build();

        assertThat(fromValues).isEqualTo(fromCollection);
        assertThat(fromValues.labels()).containsExactly(hot);
    }

    @Test
    void givenNoTaxStep_whenCustomerPropertiesAreBuilt_thenTheCustomerIsTaxedAndOnlyTaxExemptUntaxesIt() {
        assertThat(CustomerProperties.builder().build()).isEqualTo(CustomerProperties.DEFAULT);
        assertThat(CustomerProperties.builder().build().taxable()).isTrue();
        assertThat(CustomerProperties.builder().taxExempt().build().taxable()).isFalse();
        assertThat(CustomerProperties.builder().status(AccountStatus.INACTIVE).build().taxable()).isTrue();
    }

    @Test
    void givenACardAsRead_whenAnEditStartsFromItAndChangesTheName_thenEveryOtherPartAndTheVersionAreTheCards() {
        LabelId label = LabelId.newId();
        UserId member = UserId.of("ana");
        Card card = Card.builder()
                .id(CardId.newId())
                .pipelineId(PipelineId.newId())
                .stageId(StageId.newId())
                .position("a0")
                .name("Old name")
                .description("Twelve trucks")
                .labels(Set.of(label))
                .members(Set.of(member))
                .salespersonId(member)
                .value(Money.of("1200.00", "EUR"))
                .expectedCloseDate(LocalDate.of(2027, 3, 1))
                .accountId(AccountId.newId())
                .createdBy(member)
                .createdAt(Instant.parse("2026-01-05T10:00:00Z"))
                .updatedAt(Instant.parse("2026-01-06T10:00:00Z"))
                .version(Version.of(7))
                .build();

        UpdateCard edit = UpdateCard.from(card).name("New name").build();

        assertThat(edit).isEqualTo(new UpdateCard(card.id(), "New name", "Twelve trucks", Set.of(label), Set.of(member),
                member, Money.of("1200.00", "EUR"), LocalDate.of(2027, 3, 1), card.accountId().orElseThrow(), Version.of(7)));
    }

    @Test
    void givenABuiltRecord_whenItsToBuilderBuildsAgain_thenItIsEqual() {
        CreateCard command = CreateCard.builder(PipelineId.newId(), "Deal").description("d").members(UserId.of("bo")).build();

        assertThat(command.toBuilder().build()).isEqualTo(command);
        assertThat(command.toBuilder().description(null).build().description()).isNull();
    }
}
