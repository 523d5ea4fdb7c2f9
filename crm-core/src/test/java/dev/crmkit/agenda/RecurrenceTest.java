package dev.crmkit.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.common.SupportedDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    @Test
    void givenASeriesReachingTheLastSupportedDay_whenItsNextOccurrenceIsAsked_thenTheSeriesEndsThere() {
        Recurrence yearly = new Recurrence(RecurrenceUnit.MONTHS, 12, null, null);
        LocalDate first = LocalDate.of(9998, 6, 30);

        assertThat(yearly.next(first, 0)).contains(LocalDate.of(9999, 6, 30));
        assertThat(yearly.next(first, 1)).isEmpty();
        assertThat(new Recurrence(RecurrenceUnit.DAYS, 1, null, null).next(SupportedDates.LAST_DAY, 0)).isEmpty();
    }
}
