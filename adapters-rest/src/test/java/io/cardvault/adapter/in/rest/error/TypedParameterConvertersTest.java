package io.cardvault.adapter.in.rest.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
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
    void givenDateOutsideTheStorableRange_failsWithRangeWords() {
        for (String far : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "3000-01-01")) {
            assertThatThrownBy(() -> converter(LocalDate.class, query("end_date")).fromString(far))
                    .as(far)
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.error().loc())
                            .containsExactly("query", "end_date"));
        }
        assertThatThrownBy(() -> converter(LocalDate.class, query("date")).fromString("1000-01-01"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.error())
                        .isEqualTo(new FieldError(List.of("query", "date"),
                                "ensure this date is between 1900-01-01 and 2999-12-31", "value_error.date.range")));
        assertThat(converter(LocalDate.class, query("date")).fromString("2999-12-31")).isEqualTo(TypedParameterConverters.LATEST_DATE);
    }

    @Test
    void givenFloatThatIsNoFiniteNumber_failsWithTheParameterLocation() {
        for (String odd : List.of("Infinity", "-Infinity", "NaN", "1e309", "0x10", "1d", "1f", "")) {
            assertThatThrownBy(() -> converter(double.class, query("min_spread_pct")).fromString(odd))
                    .as(odd)
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.error().loc())
                            .containsExactly("query", "min_spread_pct"));
        }
        assertThat(converter(double.class, query("min_spread_pct")).fromString("20.5")).isEqualTo(20.5);
        assertThat(converter(Double.class, query("min_spread_pct")).fromString("1e3")).isEqualTo(1000.0);
    }

    @Test
    void givenDecimalWithAHugeExponent_failsBeforeAnyUseCaseSeesIt() {
        assertThatThrownBy(() -> converter(BigDecimal.class, query("min_price")).fromString("1e9999"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.error().type())
                        .isEqualTo("value_error.decimal.whole_digits"));
        assertThatThrownBy(() -> converter(BigDecimal.class, query("max_price")).fromString("1e-9999"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.error().type())
                        .isEqualTo("value_error.decimal.max_places"));
        assertThatThrownBy(() -> converter(BigDecimal.class, query("max_price")).fromString("1e999999999"))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(converter(BigDecimal.class, query("min_price")).fromString("12.50")).isEqualByComparingTo("12.5");
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
