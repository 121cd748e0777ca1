package io.cardvault.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzzer's targets: every operation of the served OpenAPI document, plus the routes the document
 * does not list (the web pages under {@code /en/} and {@code /nl/}, a Faces postback, the WebSocket
 * upgrade paths). Each knows a baseline request the mutations start from.
 */
final class FuzzOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /**
     * Operations the fuzzer leaves alone, because one lucky request would change the server for the rest
     * of the run or take minutes: the sandbox's ingest, snapshot and backfill triggers (on a loopback-only
     * switch they still answer the fuzzer, which calls from 127.0.0.1), and the test-only tier grant
     * (it could downgrade the fuzzer's own unlimited account).
     */
    static final Set<String> SKIPPED = Set.of(
            "POST /sandbox/ingest", "POST /sandbox/snapshot", "POST /sandbox/backfill",
            "POST /api/testing/accounts/{id}/tier");

    enum Kind { API, WEB_PAGE, FACES_POSTBACK, WEBSOCKET }

    record Param(String name, String in, boolean required, JsonObject schema) {
    }

    /** One route: method, path template, parameters, the request body's media types and schemas. */
    record Operation(String method, String template, Kind kind, List<Param> params, Map<String, JsonObject> bodies) {

        String key() {
            return method + " " + template;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean takesBody() {
            return !bodies.isEmpty() || Set.of("POST", "PUT", "PATCH").contains(method);
        }

        boolean multipart() {
            return bodies.keySet().stream().anyMatch(type -> type.startsWith("multipart/"));
        }
    }

    private final JsonObject document;

    FuzzOperations(JsonObject document) {
        this.document = document;
    }

    /** The document's operations in its own order, then the routes it does not list. */
    List<Operation> all(List<String> skipped) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            List<Param> shared = params(item.getJsonArray("parameters"));
            for (Map.Entry<String, JsonValue> entry : item.entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonObject operation = entry.getValue().asJsonObject();
                List<Param> params = new ArrayList<>(shared);
                params.addAll(params(operation.getJsonArray("parameters")));
                addMissingPathParams(path.getKey(), params);
                Operation op = new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), Kind.API, params,
                        bodies(operation));
                if (SKIPPED.contains(op.key())) {
                    skipped.add(op.key());
                } else {
                    operations.add(op);
                }
            }
        }
        operations.addAll(unlisted());
        return operations;
    }

    /** Web pages, a Faces postback and the WebSocket upgrades: served, but not part of the API document. */
    private static List<Operation> unlisted() {
        JsonObject integer = jsonType("integer");
        JsonObject string = jsonType("string");
        List<Operation> routes = new ArrayList<>();
        for (String language : List.of("en", "nl")) {
            routes.add(page("/" + language, List.of()));
            routes.add(page("/" + language + "/search", List.of(new Param("q", "query", false, string),
                    new Param("page", "query", false, integer))));
            routes.add(page("/" + language + "/cards/{id}", List.of(new Param("id", "path", true, integer))));
            routes.add(page("/" + language + "/sets/{id}", List.of(new Param("id", "path", true, integer))));
            routes.add(page("/" + language + "/games/{slug}", List.of(new Param("slug", "path", true, string))));
            routes.add(page("/" + language + "/market", List.of(new Param("tcg", "query", false, string))));
        }
        routes.add(page("/en/market/spreads", List.of()));
        routes.add(page("/en/market/predictions", List.of()));
        routes.add(page("/en/account/keys", List.of()));
        routes.add(new Operation("POST", "/en/signin", Kind.FACES_POSTBACK, List.of(),
                Map.of("application/x-www-form-urlencoded", jsonType("object"))));
        routes.add(new Operation("POST", "/nl/search", Kind.FACES_POSTBACK, List.of(),
                Map.of("application/x-www-form-urlencoded", jsonType("object"))));
        routes.add(new Operation("GET", "/api/v1/stream", Kind.WEBSOCKET, List.of(new Param("api_key", "query", false, string)),
                Map.of()));
        routes.add(new Operation("GET", "/ws/v1", Kind.WEBSOCKET, List.of(), Map.of()));
        routes.add(new Operation("GET", "/ws", Kind.WEBSOCKET, List.of(new Param("api_key", "query", false, string)), Map.of()));
        return routes;
    }

    private static Operation page(String template, List<Param> params) {
        return new Operation("GET", template, Kind.WEB_PAGE, params, Map.of());
    }

    private static JsonObject jsonType(String type) {
        return jakarta.json.Json.createObjectBuilder().add("type", type).build();
    }

    private static void addMissingPathParams(String template, List<Param> params) {
        Matcher names = Pattern.compile("\\{([^}/]+)}").matcher(template);
        while (names.find()) {
            String name = names.group(1);
            if (params.stream().noneMatch(p -> p.in().equals("path") && p.name().equals(name))) {
                params.add(new Param(name, "path", true, jsonType("string")));
            }
        }
    }

    private List<Param> params(JsonArray array) {
        List<Param> params = new ArrayList<>();
        if (array == null) {
            return params;
        }
        for (JsonValue value : array) {
            JsonObject param = resolve(value.asJsonObject());
            JsonObject schema = param.containsKey("schema") ? resolve(param.getJsonObject("schema")) : jsonType("string");
            params.add(new Param(param.getString("name"), param.getString("in"), param.getBoolean("required", false), schema));
        }
        return params;
    }

    private Map<String, JsonObject> bodies(JsonObject operation) {
        Map<String, JsonObject> bodies = new LinkedHashMap<>();
        if (!operation.containsKey("requestBody")) {
            return bodies;
        }
        JsonObject content = resolve(operation.getJsonObject("requestBody")).getJsonObject("content");
        if (content != null) {
            content.forEach((type, media) -> {
                JsonObject mediaObject = media.asJsonObject();
                bodies.put(type, mediaObject.containsKey("schema") ? resolve(mediaObject.getJsonObject("schema"))
                        : jsonType("object"));
            });
        }
        return bodies;
    }

    /** Follows a local {@code $ref} ({@code #/components/…}); anything else is returned as it is. */
    JsonObject resolve(JsonObject node) {
        JsonObject current = node;
        for (int hops = 0; hops < 10 && current.containsKey("$ref"); hops++) {
            String ref = current.getString("$ref");
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonValue target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.asJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
                if (target == null) {
                    return jsonType("object");
                }
            }
            current = target.asJsonObject();
        }
        return current;
    }

    /** A value a well-behaved client would send for a parameter: its example, default or enum, else one by type. */
    static String baseline(Param param) {
        JsonObject schema = param.schema();
        Optional<String> given = first(schema, "example").or(() -> first(schema, "default")).or(() -> enumFirst(schema));
        if (given.isPresent()) {
            return given.get();
        }
        String name = param.name().toLowerCase(Locale.ROOT);
        String type = schema.getString("type", "string");
        String format = schema.getString("format", "");
        if (type.equals("integer") || type.equals("number")) {
            return schema.containsKey("minimum") ? schema.get("minimum").toString().replaceAll("\\.0+$", "") : "1";
        }
        if (type.equals("boolean")) {
            return "true";
        }
        if (format.equals("date")) {
            return "2024-06-28";
        }
        if (format.equals("date-time")) {
            return "2024-06-28T00:00:00Z";
        }
        if (name.equals("prefix")) {
            return "";
        }
        if (name.contains("slug") || name.equals("tcg") || name.equals("game")) {
            return "pokemon";
        }
        if (name.endsWith("id") || name.equals("category") || name.equals("group")) {
            return "1";
        }
        if (name.equals("q") || name.contains("query") || name.contains("name")) {
            return "pika";
        }
        return "x";
    }

    private static Optional<String> first(JsonObject schema, String field) {
        JsonValue value = schema.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value.getValueType() == JsonValue.ValueType.OBJECT || value.getValueType() == JsonValue.ValueType.ARRAY) {
            return Optional.empty();
        }
        return Optional.of(value instanceof JsonString s ? s.getString() : value.toString());
    }

    private static Optional<String> enumFirst(JsonObject schema) {
        JsonArray values = schema.getJsonArray("enum");
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        JsonValue value = values.get(0);
        return Optional.of(value instanceof JsonString s ? s.getString() : value.toString());
    }
}
