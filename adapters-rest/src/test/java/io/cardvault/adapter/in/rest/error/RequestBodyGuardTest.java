package io.cardvault.adapter.in.rest.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBodyGuardTest {

    record Login(String username, String password) {
    }

    record Confirm(String scanId, Long cardId, int attempts, boolean debug, List<Long> candidates) {
    }

    /** For a parameterized target type. */
    @SuppressWarnings("unused")
    private Map<String, String> grantBody;

    @Test
    void givenSyntaxError_refusesWith400InPlainWords() {
        assertThatThrownBy(() -> RequestBodyGuard.parse(bytes("{")))
                .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(RequestBodyGuard.NOT_JSON);
                });
    }

    @Test
    void givenHundredThousandLevelsOfNesting_refusesWithoutOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> RequestBodyGuard.parse(bytes(deep)))
                .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(RequestBodyGuard.TOO_DEEP);
                });
    }

    @Test
    void givenNestingAtTheBound_acceptsIt() {
        String deepest = "[".repeat(RequestBodyGuard.MAX_DEPTH) + "]".repeat(RequestBodyGuard.MAX_DEPTH);

        assertThat(RequestBodyGuard.parse(bytes(deepest)).getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
    }

    @Test
    void givenBodyOverTheCap_refusesWith413BeforeAndWhileReading() {
        byte[] big = new byte[RequestBodyGuard.MAX_JSON_BYTES + 1];

        assertThatThrownBy(() -> RequestBodyGuard.refuseDeclaredOversize(String.valueOf(5 * 1024 * 1024)))
                .isInstanceOfSatisfying(UnreadableBodyException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> RequestBodyGuard.readCapped(new ByteArrayInputStream(big)))
                .isInstanceOfSatisfying(UnreadableBodyException.class, e -> assertThat(e.status()).isEqualTo(413));
    }

    @Test
    void givenBodyWhoseFramingBreaksWhileRead_refusesWith400() {
        // what the container's input stream does on a chunk size that is not hexadecimal
        InputStream brokenChunks = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Invalid chunk length: zz");
            }
        };

        assertThatThrownBy(() -> RequestBodyGuard.readCapped(brokenChunks))
                .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(RequestBodyGuard.BROKEN_FRAMING);
                });
    }

    @Test
    void givenNumberOfThousandsOfDigits_refusesWith400InsteadOfTheProvidersOwnException() {
        byte[] body = bytes("{\"id\":1" + "0".repeat(5_000) + "}");

        assertThatThrownBy(() -> RequestBodyGuard.parse(body))
                .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(RequestBodyGuard.TOO_LONG_NUMBER);
                });
        assertThat(RequestBodyGuard.parse(bytes("{\"id\":1" + "0".repeat(RequestBodyGuard.MAX_NUMBER_CHARS - 1) + "}")))
                .isNotNull();
    }

    @Test
    void givenBodyAtTheCap_readsItWhole() throws Exception {
        byte[] exact = new byte[RequestBodyGuard.MAX_JSON_BYTES];

        assertThat(RequestBodyGuard.readCapped(new ByteArrayInputStream(exact))).hasSize(RequestBodyGuard.MAX_JSON_BYTES);
        RequestBodyGuard.refuseDeclaredOversize(String.valueOf(RequestBodyGuard.MAX_JSON_BYTES));
    }

    @Test
    void recognisesJsonMediaTypes() {
        assertThat(RequestBodyGuard.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(RequestBodyGuard.isJson(new MediaType("application", "merge-patch+json"))).isTrue();
        assertThat(RequestBodyGuard.isJson(MediaType.MULTIPART_FORM_DATA_TYPE)).isFalse();
        assertThat(RequestBodyGuard.isJson(null)).isFalse();
    }

    @Test
    void givenArrayWhereARecordBelongs_namesTheBody() {
        assertThat(JsonBodyShape.check(json("[]"), Login.class))
                .containsExactly(new FieldError(List.of("body"), "value is not a valid dict", "type_error.dict"));
    }

    @Test
    void givenFieldOfTheWrongKind_namesTheFieldInSnakeCase() {
        assertThat(JsonBodyShape.check(json("{\"password\":[\"x\"]}"), Login.class))
                .containsExactly(new FieldError(List.of("body", "password"), "str type expected", "type_error.str"));
        assertThat(JsonBodyShape.check(json("{\"scan_id\":1,\"card_id\":1}"), Confirm.class))
                .containsExactly(new FieldError(List.of("body", "scan_id"), "str type expected", "type_error.str"));
    }

    @Test
    void givenNumbersOutOfTheirTypesRange_refusesThem() {
        assertThat(JsonBodyShape.check(json("{\"card_id\":1e999999999,\"attempts\":2147483648}"), Confirm.class))
                .extracting(FieldError::loc)
                .containsExactly(List.of("body", "card_id"), List.of("body", "attempts"));
        assertThat(JsonBodyShape.check(json("{\"card_id\":1.5}"), Confirm.class))
                .containsExactly(new FieldError(List.of("body", "card_id"), "value is not a valid integer", "type_error.integer"));
    }

    @Test
    void givenWrongElementsAndNullPrimitives_namesEachPlace() {
        assertThat(JsonBodyShape.check(json("{\"candidates\":[1,\"two\"],\"debug\":\"yes\",\"attempts\":null}"), Confirm.class))
                .containsExactly(
                        new FieldError(List.of("body", "attempts"), "none is not an allowed value", "type_error.none.not_allowed"),
                        new FieldError(List.of("body", "debug"), "value could not be parsed to a boolean", "type_error.bool"),
                        new FieldError(List.of("body", "candidates", 1), "value is not a valid integer", "type_error.integer"));
    }

    @Test
    void givenAMapOfStrings_checksEachValue() throws Exception {
        Type type = RequestBodyGuardTest.class.getDeclaredField("grantBody").getGenericType();

        assertThat(JsonBodyShape.check(json("{\"tier\":\"pro\",\"other\":3}"), type))
                .containsExactly(new FieldError(List.of("body", "other"), "str type expected", "type_error.str"));
    }

    @Test
    void givenAHugeArrayOfWrongElements_reportsABoundedList() {
        String many = "{\"candidates\":[" + "\"x\",".repeat(10_000) + "\"x\"]}";

        assertThat(JsonBodyShape.check(json(many), Confirm.class)).hasSize(JsonBodyShape.MAX_ERRORS);
    }

    @Test
    void givenFittingBody_findsNothing() {
        assertThat(JsonBodyShape.check(json("{\"scan_id\":\"s\",\"card_id\":4,\"attempts\":1,\"debug\":false,"
                + "\"candidates\":[1,2],\"unknown\":{}}"), Confirm.class)).isEmpty();
        assertThat(JsonBodyShape.check(json("{\"username\":null}"), Login.class)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonValue json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readValue();
    }
}
