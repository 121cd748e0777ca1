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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Converts typed parameters ({@code int limit}, {@code LocalDate since}, …) and, when the text is
 * not of that type, fails with the parameter's location so the answer is a 422 in the
 * contract's shape (FastAPI's messages and types) instead of JAX-RS's bare 404.
 */
@Provider
public class TypedParameterConverters implements ParamConverterProvider {

    private record Parser(Function<String, Object> parse, String msg, String type) {
    }

    private static final Parser INTEGER = new Parser(Integer::valueOf, "value is not a valid integer", "type_error.integer");
    private static final Parser LONG = new Parser(Long::valueOf, "value is not a valid integer", "type_error.integer");
    private static final Parser DECIMAL = new Parser(text -> new BigDecimal(text.trim()), "value is not a valid decimal", "type_error.decimal");
    private static final Parser DOUBLE = new Parser(Double::valueOf, "value is not a valid float", "type_error.float");
    private static final Parser BOOLEAN = new Parser(TypedParameterConverters::parseBoolean, "value could not be parsed to a boolean", "type_error.bool");
    private static final Parser DATE = new Parser(LocalDate::parse, "invalid date format", "value_error.date");

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
                } catch (IllegalArgumentException | DateTimeParseException e) {
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

    private static Boolean parseBoolean(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> Boolean.TRUE;
            case "false", "0", "no", "off" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
