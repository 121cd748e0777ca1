package io.cardvault.adapter.in.rest.error;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts typed parameters ({@code int limit}, {@code LocalDate since}, …) and, when the text is
 * not of that type, fails with the parameter's location so the answer is a 422 in the
 * contract's shape (FastAPI's messages and types) instead of JAX-RS's bare 404.
 *
 * <p>A value of the right type can still be one no route can use: a date a million years off
 * ({@code -999999999-01-01} parses), a float that is not a number ({@code NaN}, {@code Infinity},
 * {@code 1e309}), a decimal with a billion-digit exponent. Those are refused here too, once for
 * every route, so no use case or database ever sees them: dates lie in {@link #EARLIEST_DATE} …
 * {@link #LATEST_DATE}, floats are finite, decimals have at most {@link #MAX_WHOLE_DIGITS} digits
 * before and {@link #MAX_DECIMAL_PLACES} after the point.
 */
@Provider
public class TypedParameterConverters implements ParamConverterProvider {

    /** The first and last day any date parameter may name: inside the database's DATE range, with centuries to spare for arithmetic. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);
    static final int MAX_WHOLE_DIGITS = 15;
    static final int MAX_DECIMAL_PLACES = 18;

    /** Plain decimal notation only: no hexadecimal floats, no {@code d}/{@code f} suffixes, no words. */
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
    /** {@code YYYY-MM-DD} with a four-digit year: the ISO parser alone also takes {@code +10000-01-01}. */
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private record Parser(Function<String, Object> parse, String msg, String type) {
    }

    /** Text of the right type whose value no route accepts; carries its own words. */
    private static final class OutOfRange extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String type;

        OutOfRange(String msg, String type) {
            super(msg);
            this.type = type;
        }
    }

    private static final Parser INTEGER = new Parser(Integer::valueOf, "value is not a valid integer", "type_error.integer");
    private static final Parser LONG = new Parser(Long::valueOf, "value is not a valid integer", "type_error.integer");
    private static final Parser DECIMAL = new Parser(TypedParameterConverters::parseDecimal, "value is not a valid decimal", "type_error.decimal");
    private static final Parser DOUBLE = new Parser(TypedParameterConverters::parseDouble, "value is not a valid float", "type_error.float");
    private static final Parser BOOLEAN = new Parser(TypedParameterConverters::parseBoolean, "value could not be parsed to a boolean", "type_error.bool");
    private static final Parser DATE = new Parser(TypedParameterConverters::parseDate, "invalid date format", "value_error.date");

    private static final Map<Class<?>, Parser> PARSERS = Map.ofEntries(
            Map.entry(Integer.class, INTEGER), Map.entry(int.class, INTEGER),
            Map.entry(Long.class, LONG), Map.entry(long.class, LONG),
            Map.entry(Double.class, DOUBLE), Map.entry(double.class, DOUBLE),
            Map.entry(Boolean.class, BOOLEAN), Map.entry(boolean.class, BOOLEAN),
            Map.entry(BigDecimal.class, DECIMAL),
            Map.entry(LocalDate.class, DATE));

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Parser parser = PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        List<Object> loc = location(annotations).orElse(List.of("query"));
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked") // the parser for rawType returns rawType's boxed kind
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parser.parse().apply(value);
                } catch (OutOfRange e) {
                    throw new InvalidParameterException(new FieldError(loc, e.getMessage(), e.type));
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw new InvalidParameterException(new FieldError(loc, parser.msg(), parser.type()));
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    static Optional<List<Object>> location(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return Optional.of(List.of("query", query.value()));
            } else if (annotation instanceof PathParam path) {
                return Optional.of(List.of("path", path.value()));
            } else if (annotation instanceof HeaderParam header) {
                return Optional.of(List.of("header", header.value()));
            } else if (annotation instanceof CookieParam cookie) {
                return Optional.of(List.of("cookie", cookie.value()));
            } else if (annotation instanceof FormParam form) {
                return Optional.of(List.of("body", form.value()));
            }
        }
        return Optional.empty();
    }

    private static Double parseDouble(String text) {
        String trimmed = text.trim();
        if (!DECIMAL_TEXT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(text);
        }
        double value = Double.parseDouble(trimmed);
        if (!Double.isFinite(value)) {
            throw new OutOfRange("ensure this value is a finite number", "value_error.number.not_finite");
        }
        return value;
    }

    private static BigDecimal parseDecimal(String text) {
        String trimmed = text.trim();
        if (!DECIMAL_TEXT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(text);
        }
        BigDecimal value = new BigDecimal(trimmed);
        BigDecimal significant = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (significant.precision() - significant.scale() > MAX_WHOLE_DIGITS) {
            throw new OutOfRange("ensure that there are no more than " + MAX_WHOLE_DIGITS + " digits before the decimal point",
                    "value_error.decimal.whole_digits");
        }
        if (significant.scale() > MAX_DECIMAL_PLACES) {
            throw new OutOfRange("ensure that there are no more than " + MAX_DECIMAL_PLACES + " decimal places",
                    "value_error.decimal.max_places");
        }
        return value;
    }

    private static LocalDate parseDate(String text) {
        String trimmed = text.trim();
        if (!DATE_TEXT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(text);
        }
        LocalDate date = LocalDate.parse(trimmed);
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new OutOfRange("ensure this date is between " + EARLIEST_DATE + " and " + LATEST_DATE,
                    "value_error.date.range");
        }
        return date;
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> Boolean.TRUE;
            case "false", "0", "no", "off" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
