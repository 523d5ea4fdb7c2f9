package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named parameters to positional ones, as {@link SqlQuery#rows} sends a statement to JDBC. */
class SqlQueryTest {

    @Test
    void givenNamedParameters_whenMadePositional_thenEachBecomesAMarkAndItsValueComesInTextOrder() {
        SqlQuery sql = new SqlQuery().bind("tenant", "t1").bind("id", 7);
        List<Object> values = new ArrayList<>();

        String text = sql.positional("select 1 from x where tenant_id = :tenant and (a = :id or b = :id)", values);

        assertThat(text).isEqualTo("select 1 from x where tenant_id = ? and (a = ? or b = ?)");
        assertThat(values).containsExactly("t1", 7, 7);
    }

    @Test
    void givenQuotesAndCasts_whenMadePositional_thenOnlyParametersOutsideQuotesAreReplaced() {
        SqlQuery sql = new SqlQuery().bind("id", "x");
        List<Object> values = new ArrayList<>();

        String text = sql.positional("select ':id', cast(c as varchar)::text from x where c = :id", values);

        assertThat(text).isEqualTo("select ':id', cast(c as varchar)::text from x where c = ?");
        assertThat(values).containsExactly("x");
    }

    @Test
    void givenACollection_whenMadePositional_thenItTakesOneMarkPerElementEveryTime() {
        String statement = "select 1 from x where t = :tenant and k in (:keys)";
        List<Object> first = new ArrayList<>();
        List<Object> second = new ArrayList<>();

        String three = new SqlQuery().bind("tenant", "t").bind("keys", List.of("a", "b", "c")).positional(statement, first);
        // The same text again, its template cached, with a list of another size.
        String one = new SqlQuery().bind("tenant", "t").bind("keys", List.of("z")).positional(statement, second);

        assertThat(three).isEqualTo("select 1 from x where t = ? and k in (?, ?, ?)");
        assertThat(first).containsExactly("t", "a", "b", "c");
        assertThat(one).isEqualTo("select 1 from x where t = ? and k in (?)");
        assertThat(second).containsExactly("t", "z");
    }

    @Test
    void givenAParameterNotBound_whenMadePositional_thenItIsRefusedByName() {
        assertThatThrownBy(() -> new SqlQuery().positional("select 1 from x where a = :missing", new ArrayList<>()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }
}
