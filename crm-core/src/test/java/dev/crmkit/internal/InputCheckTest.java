package dev.crmkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Violation;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InputCheckTest {

    /** A command with every kind of part the walk follows. */
    record Sample(
            @Size(max = 5) String shortText,
            String plainText,
            @Size(max = 2) List<@Size(max = 3) String> tags,
            Set<String> plainSet,
            Map<String, String> labels,
            Optional<String> maybe,
            Inner inner,
            LocalDate day,
            Instant at,
            BigDecimal amount) {}

    /** A record inside the command. */
    record Inner(String note, List<Inner> children) {}

    @Test
    void givenAValidCommand_whenChecked_thenNothingIsReported() {
        assertThat(problems(sample())).isEmpty();
    }

    @Test
    void givenUnstorableTextsAnywhere_whenChecked_thenEachIsNamedByItsPath() {
        Sample bad = new Sample("a\u0000", "ok", List.of("ok", "\uD800"), Set.of("x\uDC00"), Map.of("k", "v\u0000"),
                Optional.of("\u0000"), new Inner("fine", List.of(new Inner("n\u0000", List.of()))),
                LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T00:00:00Z"), BigDecimal.ONE);

        assertThat(problems(bad)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("inner.children[0].note", "InvalidCharacters"),
                tuple("labels[k]", "InvalidCharacters"),
                tuple("maybe", "InvalidCharacters"),
                tuple("plainSet[]", "InvalidCharacters"),
                tuple("shortText", "InvalidCharacters"),
                tuple("tags[1]", "InvalidCharacters"));
    }

    @Test
    void givenTextsAndCollectionsBeyondTheirLimits_whenChecked_thenTheDeclaredLimitOrTheDefaultIsReported() {
        Sample bad = new Sample("toolong", "x".repeat(InputCheck.MAX_TEXT + 1), List.of("abcd", "ok", "ok"),
                new HashSet<>(IntStream.range(0, InputCheck.MAX_ELEMENTS + 1).mapToObj(i -> "v" + i).toList()), Map.of(),
                Optional.empty(), new Inner(null, Collections.nCopies(70_000, new Inner("x", List.of()))),
                null, null, null);

        assertThat(problems(bad)).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                tuple("inner.children", "Size", "size must be between 0 and 1000"),
                tuple("plainSet", "Size", "size must be between 0 and 1000"),
                tuple("plainText", "Size", "size must be between 0 and 1000"),
                tuple("shortText", "Size", "size must be between 0 and 5"),
                tuple("tags", "Size", "size must be between 0 and 2"));
        Sample elements = new Sample("ok", "ok", List.of("abcd"), Set.of(), Map.of(), Optional.empty(), null, null, null, null);
        assertThat(problems(elements)).extracting(Violation::path, Violation::message)
                .containsExactly(tuple("tags[0]", "size must be between 0 and 3"));
    }

    @Test
    void givenDatesAndDecimalsOutOfRange_whenChecked_thenEachIsNamed() {
        Sample bad = new Sample(null, null, null, null, null, Optional.empty(), null, LocalDate.MAX, Instant.MIN,
                new BigDecimal("1e999999999"));

        assertThat(problems(bad)).extracting(Violation::path, Violation::code).containsExactly(
                tuple("amount", "Digits"), tuple("at", "Range"), tuple("day", "Range"));
    }

    @Test
    void givenARealCommandWithASealedScheduleAndARecurrence_whenChecked_thenTheirDatesAreChecked() {
        CreateAgendaEntry command = new CreateAgendaEntry(AccountId.newId(), null, null, null, "Call",
                new Schedule.AtTime(LocalDateTime.of(999_999, 1, 1, 10, 0)), null,
                new Recurrence(RecurrenceUnit.MONTHS, 1, LocalDate.MAX, null));

        assertThat(problems(command)).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("recurrence.until", "Range"), tuple("schedule.at", "Range"));
    }

    private static Sample sample() {
        return new Sample("short", "plain \uD83D\uDE00", List.of("a", "b"), Set.of("x"), Map.of("k", "v"), Optional.of("m"),
                new Inner("note", List.of(new Inner("child", List.of()))), LocalDate.of(2026, 3, 1),
                Instant.parse("2026-03-01T10:00:00Z"), new BigDecimal("1500.25"));
    }

    private static List<Violation> problems(Object command) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("Sample");
        InputCheck.check(command, problems);
        return problems.isEmpty() ? List.of() : problems.build().violations();
    }
}
