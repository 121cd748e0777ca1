package io.cardvault.adapter.in.rest.error;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Compares a parsed JSON body with the Java type the route reads it into, before JSON-B does,
 * so a value of the wrong kind is a 422 naming its field ({@code ["body", "scan_id"]}, "str type
 * expected") instead of the binder's exception. Records are followed field by field (JSON names
 * in snake_case, or {@link JsonbProperty}), lists and maps element by element; types it does not
 * know are left to the binder. A missing or null field is not its business: Bean Validation's.
 */
final class JsonBodyShape {

    /** Enough to fix a request; a huge array of wrong elements does not make a huge answer. */
    static final int MAX_ERRORS = 50;

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> FLOATS = Set.of(double.class, Double.class, float.class, Float.class, Number.class);

    private JsonBodyShape() {
    }

    /** The fields of {@code value} that {@code target} cannot hold; empty when the shape fits. */
    static List<FieldError> check(JsonValue value, Type target) {
        List<FieldError> errors = new ArrayList<>();
        check(value, target, new ArrayList<>(List.of("body")), errors);
        return errors;
    }

    private static void check(JsonValue value, Type target, List<Object> loc, List<FieldError> errors) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        Class<?> raw = raw(target);
        if (raw == null || JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(loc, "none is not an allowed value", "type_error.none.not_allowed"));
            }
            return;
        }
        if (raw == String.class || raw == CharSequence.class || raw == Character.class || raw == char.class
                || raw.isEnum() || raw == UUID.class || Temporal.class.isAssignableFrom(raw)) {
            expect(value.getValueType() == JsonValue.ValueType.STRING, loc, "str type expected", "type_error.str", errors);
        } else if (INTEGERS.contains(raw)) {
            expect(isInteger(value, raw), loc, "value is not a valid integer", "type_error.integer", errors);
        } else if (FLOATS.contains(raw)) {
            expect(isFiniteNumber(value), loc, "value is not a valid float", "type_error.float", errors);
        } else if (raw == BigDecimal.class) {
            expect(isBoundedDecimal(value), loc, "value is not a valid decimal", "type_error.decimal", errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE,
                    loc, "value could not be parsed to a boolean", "type_error.bool", errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expect(value.getValueType() == JsonValue.ValueType.ARRAY, loc, "value is not a valid list", "type_error.list", errors)) {
                Type element = elementType(target, raw);
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size() && errors.size() < MAX_ERRORS; i++) {
                    check(array.get(i), element, append(loc, i), errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value.getValueType() == JsonValue.ValueType.OBJECT, loc, "value is not a valid dict", "type_error.dict", errors)) {
                Type valueType = typeArgument(target, 1);
                for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
                    check(entry.getValue(), valueType, append(loc, entry.getKey()), errors);
                }
            }
        } else if (raw.isRecord()) {
            if (expect(value.getValueType() == JsonValue.ValueType.OBJECT, loc, "value is not a valid dict", "type_error.dict", errors)) {
                JsonObject object = value.asJsonObject();
                for (RecordComponent component : raw.getRecordComponents()) {
                    String name = jsonName(component);
                    if (object.containsKey(name)) {
                        check(object.get(name), component.getGenericType(), append(loc, name), errors);
                    }
                }
            }
        }
    }

    private static boolean expect(boolean fits, List<Object> loc, String msg, String type, List<FieldError> errors) {
        if (!fits) {
            errors.add(new FieldError(loc, msg, type));
        }
        return fits;
    }

    private static boolean isInteger(JsonValue value, Class<?> raw) {
        if (!(value instanceof JsonNumber number)) {
            return false;
        }
        BigDecimal decimal = number.bigDecimalValue();
        // precision - scale bounds the digit count before any BigInteger is made of 1e999999999
        if (decimal.signum() != 0 && decimal.precision() - decimal.scale() > 20) {
            return false;
        }
        BigInteger integer;
        try {
            integer = decimal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return false;
        }
        long min;
        long max;
        if (raw == int.class || raw == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == short.class || raw == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (raw == byte.class || raw == Byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else {
            return integer.bitLength() < 64;
        }
        return integer.compareTo(BigInteger.valueOf(min)) >= 0 && integer.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    private static boolean isFiniteNumber(JsonValue value) {
        return value instanceof JsonNumber number && isBounded(number.bigDecimalValue())
                && Double.isFinite(number.bigDecimalValue().doubleValue());
    }

    private static boolean isBoundedDecimal(JsonValue value) {
        return value instanceof JsonNumber number && isBounded(number.bigDecimalValue());
    }

    /** The same bounds as a decimal query parameter's: no billion-digit exponents reach a use case. */
    private static boolean isBounded(BigDecimal decimal) {
        BigDecimal significant = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        return significant.precision() - significant.scale() <= TypedParameterConverters.MAX_WHOLE_DIGITS
                && significant.scale() <= TypedParameterConverters.MAX_DECIMAL_PLACES;
    }

    /** The name JSON-B reads the component from: its {@link JsonbProperty}, else the snake_case the API uses. */
    private static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        if (property == null) {
            try {
                property = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
            } catch (NoSuchFieldException e) {
                property = null;
            }
        }
        return property != null && !property.value().isEmpty() ? property.value() : ConstraintViolations.snakeCase(component.getName());
    }

    private static List<Object> append(List<Object> loc, Object step) {
        List<Object> longer = new ArrayList<>(loc);
        longer.add(step);
        return longer;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        } else if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> plain) {
            return plain;
        } else if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null; // a type variable or wildcard: the binder decides
    }

    private static Type elementType(Type target, Class<?> raw) {
        if (raw.isArray() && target instanceof Class<?>) {
            return raw.getComponentType();
        } else if (target instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        return typeArgument(target, 0);
    }

    private static Type typeArgument(Type target, int index) {
        if (target instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
