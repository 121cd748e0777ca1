package io.cardvault.adapter.in.rest.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translates Bean Validation violations into the contract's field errors: the location from the
 * resource method's parameter annotation ({@code @QueryParam("limit")} → {@code ["query","limit"]},
 * the request body → {@code ["body", field…]}), the message and type in FastAPI's words.
 */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static FieldError toFieldError(ConstraintViolation<?> violation) {
        return new FieldError(location(violation), message(violation), type(violation.getConstraintDescriptor()));
    }

    static List<Object> location(ConstraintViolation<?> violation) {
        List<Object> loc = new ArrayList<>();
        String methodName = null;
        List<Class<?>> parameterTypes = List.of();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                Path.MethodNode method = node.as(Path.MethodNode.class);
                methodName = method.getName();
                parameterTypes = method.getParameterTypes();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                loc.addAll(parameterLocation(violation.getRootBeanClass(), methodName, parameterTypes, index)
                        .orElse(List.of("body")));
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() != null) {
                    loc.add(snakeCase(node.getName()));
                }
                if (node.getIndex() != null) {
                    loc.add(node.getIndex());
                }
            }
        }
        if (loc.isEmpty()) {
            loc.add("body");
        }
        return loc;
    }

    private static Optional<List<Object>> parameterLocation(Class<?> resourceClass, String methodName,
                                                            List<Class<?>> parameterTypes, int index) {
        // CDI may hand us a generated subclass whose methods lost their parameter annotations.
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(methodName, parameterTypes.toArray(Class<?>[]::new));
                Annotation[] annotations = method.getParameterAnnotations()[index];
                Optional<List<Object>> loc = TypedParameterConverters.location(annotations);
                if (loc.isPresent() || type.getSuperclass() == Object.class) {
                    return loc;
                }
            } catch (NoSuchMethodException e) {
                // declared higher up: keep walking
            }
        }
        return Optional.empty();
    }

    private static String message(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (constraintName(violation.getConstraintDescriptor())) {
            case "NotNull", "NotBlank", "NotEmpty" -> "field required";
            case "Max", "DecimalMax" -> "ensure this value is less than or equal to " + attributes.get("value");
            case "Min", "DecimalMin" -> "ensure this value is greater than or equal to " + attributes.get("value");
            case "Positive" -> "ensure this value is greater than 0";
            case "PositiveOrZero" -> "ensure this value is greater than or equal to 0";
            case "Size" -> sizeMessage(violation.getInvalidValue(), attributes);
            case "Pattern" -> "string does not match regex \"" + attributes.get("regexp") + "\"";
            case "Email" -> "value is not a valid email address";
            default -> violation.getMessage();
        };
    }

    private static String sizeMessage(Object value, Map<String, Object> attributes) {
        int length = value instanceof CharSequence text ? text.length() : Integer.MAX_VALUE;
        int min = (Integer) attributes.get("min");
        return length < min
                ? "ensure this value has at least " + min + " characters"
                : "ensure this value has at most " + attributes.get("max") + " characters";
    }

    static String type(ConstraintDescriptor<?> descriptor) {
        return switch (constraintName(descriptor)) {
            case "NotNull", "NotBlank", "NotEmpty" -> "value_error.missing";
            case "Max", "DecimalMax" -> "value_error.number.not_le";
            case "Min", "DecimalMin", "PositiveOrZero" -> "value_error.number.not_ge";
            case "Positive" -> "value_error.number.not_gt";
            case "Size" -> "value_error.any_str.length";
            case "Pattern" -> "value_error.str.regex";
            case "Email" -> "value_error.email";
            default -> "value_error";
        };
    }

    private static String constraintName(ConstraintDescriptor<?> descriptor) {
        return descriptor.getAnnotation().annotationType().getSimpleName();
    }

    static String snakeCase(String camelCase) {
        StringBuilder snake = new StringBuilder(camelCase.length() + 4);
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    static List<FieldError> toFieldErrors(java.util.Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(ConstraintViolations::toFieldError)
                .sorted((a, b) -> Arrays.deepToString(a.loc().toArray()).compareTo(Arrays.deepToString(b.loc().toArray())))
                .toList();
    }
}
