package io.cardvault.adapter.in.rest.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypedParameterConvertersTest {

    private final TypedParameterConverters converters = new TypedParameterConverters();

    @Test
    void givenIntegerText_convertsIt() {
        assertThat(converter(int.class, query("limit")).fromString("50")).isEqualTo(50);
        assertThat(converter(LocalDate.class, query("since")).fromString("2026-06-05")).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(converter(Boolean.class, query("has_graded")).fromString("yes")).isTrue();
    }

    @Test
    void givenTextThatIsNoInteger_failsWithTheQueryLocationInFastApiWords() {
        assertThatThrownBy(() -> converter(Integer.class, query("limit")).fromString("abc"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.error())
                        .isEqualTo(new FieldError(List.of("query", "limit"), "value is not a valid integer", "type_error.integer")));
    }

    @Test
    void givenBadPathDate_failsWithThePathLocation() {
        assertThatThrownBy(() -> converter(LocalDate.class, path("day")).fromString("05/06/2026"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.error().loc())
                        .containsExactly("path", "day"));
    }

    @Test
    void givenUntypedParameter_leavesItToTheRuntime() {
        assertThat(converters.getConverter(String.class, String.class, new Annotation[0])).isNull();
    }

    @Test
    void snakeCasesBodyFieldNames() {
        assertThat(ConstraintViolations.snakeCase("displayName")).isEqualTo("display_name");
    }

    private <T> ParamConverter<T> converter(Class<T> type, Annotation annotation) {
        return converters.getConverter(type, type, new Annotation[] {annotation});
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        };
    }

    private static PathParam path(String name) {
        return new PathParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PathParam.class;
            }
        };
    }
}
