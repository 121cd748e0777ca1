package io.cardvault.adapter.in.rest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareResourceTest {

    @Test
    void ids_are_comma_separated_positive_integers_with_spaces_allowed() {
        assertThat(CompareResource.parse("891, 11172,9669")).containsExactly(891L, 11172L, 9669L);
    }

    @Test
    void anything_else_is_rejected_at_query_ids() {
        for (String bad : List.of("", "1,,2", "abc", "0", "-4", "1.5", "99999999999999999999")) {
            assertThatThrownBy(() -> CompareResource.parse(bad)).as(bad).isInstanceOf(InvalidParameterException.class)
                    .satisfies(e -> assertThat(((InvalidParameterException) e).error().loc()).containsExactly("query", "ids"));
        }
    }

    @Test
    void more_than_twenty_distinct_ids_are_too_many_but_repeats_count_once() {
        String twentyOne = String.join(",", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(String::valueOf).toList());
        assertThatThrownBy(() -> CompareResource.parse(twentyOne)).isInstanceOf(InvalidParameterException.class);
        assertThat(CompareResource.parse("1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1")).hasSize(22);
    }
}
