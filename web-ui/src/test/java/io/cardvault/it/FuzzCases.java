package io.cardvault.it;

import io.cardvault.it.FuzzOperations.Kind;
import io.cardvault.it.FuzzOperations.Operation;
import io.cardvault.it.FuzzOperations.Param;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns an operation, a caller and a round number into one hostile request. Round 0 is the operation's
 * baseline (a well-formed request); later rounds cycle through the mutation families that apply to the
 * operation, so every route meets every family before any meets one twice. All choices come from the
 * one seeded {@link Random}: the same seed and document give the same requests.
 */
final class FuzzCases {

    enum Family {
        BASELINE, PATH_PARAM, QUERY_PARAM, QUERY_RAW, PATH_SHAPE, HEADER, METHOD, BODY_WHOLE, BODY_FIELD, MULTIPART,
        OVERSIZE, FACES_FORM, WS_UPGRADE
    }

    /** A caller: the headers it adds to every request (none for the anonymous one). */
    record Persona(String name, List<String[]> headers) {
    }

    /** One request as it goes on the wire. */
    record Case(Operation operation, Persona persona, Family family, String method, String target, List<String[]> headers,
                byte[] body) {

        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }
    }

    private static final String LONG = "a".repeat(5_000);

    /** Values for a path segment or query value, written into the URL as they are (some deliberately invalid). */
    static final List<String> URL_VALUES = List.of(
            "1e309", "9999999999999999999", "-1", "0", "-9223372036854775809", "2147483648", "Infinity", "-Infinity",
            "NaN", "1.5", "0x1F", "1_000", "-0", "+1",
            "-999999999-01-01", "%2B999999999-12-31", "2024-02-30", "2024-13-01", "0000-00-00", "24-06-28",
            "2024-06-28T25:61:00", "99999-01-01",
            "%zz", "%", "%%", "%2", "%u0041", "%c0%ae%c0%ae", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e", "%2e%2e%2f%2e%2e",
            "..", "%2f", "%5c..%5c", "%00", "%00.json", "%0d%0aSet-Cookie:%20x=1", "%ff%fe", "%e2%80%ae", "x;x=1", ";x=1",
            "%3b", "'%20OR%201=1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%24%7Bjndi:ldap:%2F%2F127.0.0.1%2Fa%7D",
            "%23%7B7*7%7D", "%7B%7D", "%5B%5D", "true", "null", "", "%20", "+", "%F0%9F%83%8F", LONG, "9".repeat(400),
            "a%09b", "%7F");

    /** Values for one field of a JSON body, as JSON text (some out of range for any Java number or date). */
    static final List<String> JSON_VALUES = List.of(
            "123", "\"abc\"", "1e309", "-1e309", "9999999999999999999", "-9223372036854775809", "-1", "0", "1.5", "true",
            "null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"", "\" \"", "\"" + "a".repeat(100_000) + "\"", "\"\\u0000\"",
            "\"-999999999-01-01\"", "\"+999999999-12-31\"", "\"2024-02-30\"", "\"%zz\"", "\"..%2f..%2f\"", "\"Infinity\"",
            "\"NaN\"", "1E+400", "0.0000000000000000000000000000001", "\"\\ud800\"", "\"\\u202e\"", "\"DELETE \"",
            "\"<script>alert(1)</script>\"", "\"csm_" + "A".repeat(43) + "\"");

    /** Whole bodies sent as application/json. */
    static final List<String> JSON_BODIES = List.of(
            "{", "}", "[]", "[", "\"x\"", "null", "0", "1e309", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "{}x", "\uFEFF{}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "", " ",
            "{\"x\":NaN}", "{\"name\":1,\"name\":\"dup\"}", "{\"id\":1" + "0".repeat(5_000) + "}", "{\"\\u0000\":1}",
            "{\"a\":\"\\x\"}", "true", "{\"name\":\"" + "\\u0000".repeat(1_000) + "\"}");

    private static final List<String[]> HEADER_VALUES = List.of(
            h("Accept", "application/xml"), h("Accept", "text/html"), h("Accept", "*/*;q=zz"), h("Accept", "%zz/%zz"),
            h("Content-Type", "garbage"), h("Content-Type", "application/json; charset=ebcdic-cp-us"),
            h("Content-Type", "application/json; charset=nope"), h("Content-Type", "multipart/form-data"),
            h("Content-Type", "text/plain"), h("X-API-Key", "csm_" + "A".repeat(43)), h("X-API-Key", "%00"),
            h("X-API-Key", "x".repeat(9_000)), h("X-API-Key", ""), h("Authorization", "Bearer "),
            h("Authorization", "Bearer csm_zz"), h("Authorization", "Basic %%%"), h("Authorization", "Bearer " + "9".repeat(500)),
            h("Cookie", "tcg_session=v1.1.99999999999.AAAA"), h("Cookie", "tcg_session=v1.-1.-1.x"),
            h("Cookie", "tcg_session=v1.99999999999999999999.1.x"), h("Cookie", "tcg_session=" + "v1.".repeat(2_000)),
            h("Cookie", "tcg_session=\"\\\""), h("Cookie", "tcg_session=v1.1.1e309.x; tcg_session=v2"),
            h("Origin", "https://evil.example"), h("Origin", "null"), h("Referer", "%zz"),
            h("Accept-Language", "zz-ZZ;q=abc,*;q=-1," + "x-".repeat(500)), h("Accept-Language", ";;;,,q=1e309"),
            h("X-Forwarded-For", "999.999.999.999, %zz"), h("If-Modified-Since", "yesterday"),
            h("If-None-Match", "\"" + "x".repeat(2_000)), h("Range", "bytes=99999999999999999999-"),
            h("Accept-Encoding", "gzip;q=NaN"), h("Content-Length", "abc"), h("Content-Length", "-1"),
            h("Transfer-Encoding", "chunked"), h("Transfer-Encoding", "gzip, chunked, identity"), h("X-Huge", "x".repeat(70_000)),
            h("Host", "evil.example"), h("Expect", "100-continue-please"), h("Upgrade", "h2c"), h("Access-Control-Request-Method", "FOO"));

    private static final Set<String> CREDENTIAL_HEADERS = Set.of("cookie", "x-api-key", "authorization");
    private static final List<String> ODD_METHODS = List.of("FOO", "TRACE", "PROPFIND", "CONNECT", "M-SEARCH");
    private static final List<String> PLAIN_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private final Random random;
    private final FuzzOperations document;
    private final Map<String, Set<String>> methodsByTemplate;

    FuzzCases(long seed, FuzzOperations document, Map<String, Set<String>> methodsByTemplate) {
        this.random = new Random(seed);
        this.document = document;
        this.methodsByTemplate = methodsByTemplate;
    }

    private static String[] h(String name, String value) {
        return new String[] {name, value};
    }

    static List<Family> families(Operation operation, boolean anonymous) {
        List<Family> families = new ArrayList<>();
        switch (operation.kind()) {
            case FACES_POSTBACK -> families.add(Family.FACES_FORM);
            case WEBSOCKET -> families.add(Family.WS_UPGRADE);
            case WEB_PAGE -> {
                if (!operation.in("path").isEmpty()) {
                    families.add(Family.PATH_PARAM);
                }
                families.addAll(List.of(Family.QUERY_RAW, Family.PATH_SHAPE, Family.HEADER));
                if (!operation.in("query").isEmpty()) {
                    families.add(Family.QUERY_PARAM);
                }
            }
            case API -> {
                if (!operation.in("path").isEmpty()) {
                    families.add(Family.PATH_PARAM);
                }
                if (!operation.in("query").isEmpty()) {
                    families.add(Family.QUERY_PARAM);
                }
                families.addAll(List.of(Family.QUERY_RAW, Family.PATH_SHAPE, Family.HEADER, Family.METHOD));
                if (operation.takesBody()) {
                    families.add(Family.BODY_WHOLE);
                    families.add(operation.multipart() ? Family.MULTIPART : Family.BODY_FIELD);
                    if (anonymous) {
                        families.add(Family.OVERSIZE); // big bodies once per route are enough, and cost the most
                    }
                }
            }
        }
        return families;
    }

    /** The request of this round: the baseline in round 0, else the next family's mutation. */
    Case next(Operation operation, Persona persona, int round) {
        List<Family> families = families(operation, persona.headers().isEmpty());
        Family family = round == 0 && operation.kind() != Kind.FACES_POSTBACK && operation.kind() != Kind.WEBSOCKET
                ? Family.BASELINE : families.get(Math.floorMod(round - 1, families.size()));
        Map<String, String> pathValues = new LinkedHashMap<>();
        operation.in("path").forEach(p -> pathValues.put(p.name(), encode(FuzzOperations.baseline(p))));
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : operation.in("query")) {
            if (p.required() || (family == Family.BASELINE || random.nextBoolean())) {
                query.put(p.name(), encode(FuzzOperations.baseline(p)));
            }
        }
        List<String[]> headers = new ArrayList<>(persona.headers());
        String method = operation.method();
        byte[] body = family == Family.BASELINE || family == Family.METHOD ? baselineBody(operation, headers) : null;
        String rawQuery = null;
        UnaryOperator<String> shape = UnaryOperator.identity();
        switch (family) {
            case BASELINE -> {
            }
            case PATH_PARAM -> {
                List<String> names = new ArrayList<>(pathValues.keySet());
                pathValues.put(names.get(random.nextInt(names.size())), pick(URL_VALUES));
                body = baselineBody(operation, headers);
            }
            case QUERY_PARAM -> {
                Param p = pick(operation.in("query"));
                String value = pick(URL_VALUES);
                if (random.nextInt(4) == 0) {
                    rawQuery = p.name() + "=" + encode(FuzzOperations.baseline(p)) + "&" + p.name() + "=" + value;
                } else {
                    query.put(p.name(), value);
                }
                body = baselineBody(operation, headers);
            }
            case QUERY_RAW -> {
                rawQuery = pick(List.of("%zz=1", "%=%", "a=%zz", "=", "&&&", "a", "a=1&a=2&a=" + LONG, "limit=1e309&offset=-1",
                        "page=9999999999999999999&per_page=-1", "date=-999999999-01-01&from=2024-13-01&to=NaN",
                        "q=" + "%F0%9F%83%8F".repeat(500), "api_key=%00", "api_key=csm_%zz", "format=%00&lang=..%2f",
                        "x=" + "%25".repeat(2_000), "a[]=1&a[0]=2&a.b=3", "callback=alert(1)", "%00=%00", "a=1;x=1",
                        "currency=XXX&tcg=..%2f..%2f", "limit=0&offset=9999999999999999999"));
                body = baselineBody(operation, headers);
            }
            case PATH_SHAPE -> {
                shape = pick(pathShapes());
                body = baselineBody(operation, headers);
            }
            case HEADER -> {
                String[] header = pick(HEADER_VALUES);
                if (CREDENTIAL_HEADERS.contains(header[0].toLowerCase(Locale.ROOT))) {
                    headers.removeIf(existing -> existing[0].equalsIgnoreCase(header[0]));
                }
                body = operation.takesBody() || header[0].startsWith("Content-") || header[0].startsWith("Transfer-")
                        ? bytes("{}") : null;
                if (header[0].equals("Transfer-Encoding")) {
                    body = bytes("zz\r\n{}\r\n0\r\n\r\n"); // a chunk size that is not hex
                }
                if (body != null && !header[0].equals("Content-Type")) {
                    headers.add(h("Content-Type", "application/json"));
                }
                headers.add(header);
            }
            case METHOD -> {
                Set<String> taken = methodsByTemplate.getOrDefault(operation.template(), Set.of(operation.method()));
                List<String> free = PLAIN_METHODS.stream().filter(m -> !taken.contains(m)).toList();
                method = free.isEmpty() || random.nextInt(3) == 0 ? pick(ODD_METHODS) : pick(free);
                if (method.equals("CONNECT")) {
                    method = "FOO"; // CONNECT wants an authority as its target; FOO says the same about unknown methods
                }
            }
            case BODY_WHOLE -> {
                headers.add(h("Content-Type", "application/json"));
                body = random.nextInt(12) == 0 ? new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}
                        : bytes(pick(JSON_BODIES));
            }
            case BODY_FIELD -> {
                headers.add(h("Content-Type", "application/json"));
                body = bytes(mutatedObject(jsonSchema(operation)));
            }
            case MULTIPART -> body = multipart(operation, headers);
            case OVERSIZE -> {
                if (random.nextBoolean()) {
                    headers.add(h("Content-Type", "application/json"));
                    body = bytes("{\"name\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}");
                } else {
                    rawQuery = "a=1&".repeat(10_000) + "b=" + "x".repeat(20_000);
                }
            }
            case FACES_FORM -> {
                headers.add(h("Content-Type", "application/x-www-form-urlencoded"));
                body = bytes(pick(List.of("jakarta.faces.ViewState=garbage", "jakarta.faces.ViewState=-1%3A-1&x=1",
                        "jakarta.faces.ViewState=" + "%zz".repeat(10), "jakarta.faces.ViewState=rO0ABXNyABFqYXZhLnV0aWw",
                        "jakarta.faces.partial.ajax=true&jakarta.faces.source=%00&jakarta.faces.ViewState=stateless",
                        "jakarta.faces.ViewState=stateless&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=..%2f",
                        "%zz=%zz", "", "a=" + LONG, "jakarta.faces.ViewState=" + "A".repeat(100_000))));
                if (random.nextBoolean()) {
                    headers.add(h("Faces-Request", "partial/ajax"));
                }
            }
            case WS_UPGRADE -> {
                headers.removeIf(header -> header[0].equalsIgnoreCase("Connection"));
                List<String[]> upgrade = new ArrayList<>(List.of(h("Upgrade", "websocket"), h("Connection", "Upgrade"),
                        h("Sec-WebSocket-Version", "13"), h("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")));
                switch (random.nextInt(9)) {
                    case 0 -> upgrade.set(2, h("Sec-WebSocket-Version", "99"));
                    case 1 -> upgrade.remove(3);
                    case 2 -> upgrade.set(3, h("Sec-WebSocket-Key", "%%%"));
                    case 3 -> upgrade.set(0, h("Upgrade", "h2c"));
                    case 4 -> upgrade.remove(0);
                    case 5 -> rawQuery = "api_key=" + pick(URL_VALUES);
                    case 6 -> upgrade.add(h("Sec-WebSocket-Protocol", "%zz, , " + LONG));
                    case 7 -> upgrade.add(h("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits=99"));
                    default -> method = "POST";
                }
                headers.addAll(upgrade);
            }
        }
        String path = shape.apply(fill(operation.template(), pathValues));
        String queryText = rawQuery != null ? rawQuery : join(query);
        String target = queryText.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + queryText;
        return new Case(operation, persona, family, method, target, headers, body);
    }

    private List<UnaryOperator<String>> pathShapes() {
        return List.of(
                p -> p + ";x=1", p -> p.replaceFirst("^(/[^/]+)", "$1;x=1"), p -> p.replace("/", "//"), p -> "/" + p,
                p -> p + "/", p -> p + "/..", p -> p + "/..%2f..%2f..%2fetc%2fpasswd", p -> p + "/%2e%2e/%2e%2e/WEB-INF/web.xml",
                p -> "/%2e%2e" + p, p -> p + "%00", p -> p + "%", p -> p + "%zz", p -> p + "%c0%af", p -> p + "\u0001",
                p -> p + "\t", p -> p.toUpperCase(Locale.ROOT), p -> p + "/..;/WEB-INF/web.xml", p -> p + "\\..\\..\\",
                p -> p + "\u00e9", p -> p + "#x", p -> "/WEB-INF/web.xml", p -> "/META-INF/MANIFEST.MF",
                p -> "http://evil.example" + p, p -> p + "/" + "a/".repeat(2_000), p -> p + "/./././.",
                p -> p.replaceFirst("/([^/]+)$", "/%2e/$1"), p -> p + "%2f", p -> p + "/%2e%2e%2f%2e%2e%2fopenapi",
                p -> p + ".json", p -> p + "~", p -> p + "/" + "%F0%9F%83%8F");
    }

    private byte[] baselineBody(Operation operation, List<String[]> headers) {
        if (operation.kind() != Kind.API || !operation.takesBody()) {
            return null;
        }
        if (operation.multipart()) {
            return multipartBody(operation, headers, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        headers.add(h("Content-Type", "application/json"));
        return bytes(baselineJson(jsonSchema(operation), 0));
    }

    private JsonObject jsonSchema(Operation operation) {
        return operation.bodies().entrySet().stream().filter(e -> e.getKey().contains("json")).map(Map.Entry::getValue)
                .findFirst().orElse(operation.bodies().values().stream().findFirst()
                        .orElse(jakarta.json.Json.createObjectBuilder().build()));
    }

    /** A body a client could have meant: every property of the schema with a plausible value. */
    private String baselineJson(JsonObject rawSchema, int depth) {
        JsonObject schema = document.resolve(rawSchema);
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").isEmpty()) {
            return schema.getJsonArray("enum").get(0).toString();
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                JsonObject properties = schema.getJsonObject("properties");
                if (properties == null || properties.isEmpty() || depth > 4) {
                    return "{\"name\":\"x\"}";
                }
                StringBuilder object = new StringBuilder("{");
                properties.forEach((name, value) -> object.append(object.length() > 1 ? "," : "")
                        .append(quote(name)).append(':').append(fieldBaseline(name, value.asJsonObject(), depth)));
                return object.append('}').toString();
            }
            case "array" -> {
                JsonObject items = schema.getJsonObject("items");
                return "[" + (items == null || depth > 4 ? "" : baselineJson(items, depth + 1)) + "]";
            }
            case "integer" -> {
                return "1";
            }
            case "number" -> {
                return "1.5";
            }
            case "boolean" -> {
                return "true";
            }
            default -> {
                String format = schema.getString("format", "");
                return format.equals("date") ? "\"2024-06-28\"" : format.equals("date-time") ? "\"2024-06-28T00:00:00Z\""
                        : "\"x\"";
            }
        }
    }

    private String fieldBaseline(String name, JsonObject schema, int depth) {
        JsonObject resolved = document.resolve(schema);
        if (resolved.getString("type", "string").equals("string") && !resolved.containsKey("enum")
                && !resolved.containsKey("format")) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("email")) {
                return "\"fz" + random.nextInt(1_000_000) + "@example.com\"";
            }
            if (lower.contains("password")) {
                return "\"not-the-password-" + random.nextInt(1_000) + "\"";
            }
            if (lower.contains("username")) {
                return "\"fz" + random.nextInt(1_000_000) + "\"";
            }
        }
        return baselineJson(resolved, depth + 1);
    }

    /** The baseline object with one field given a hostile value, left out, or joined by an unknown one. */
    private String mutatedObject(JsonObject rawSchema) {
        JsonObject schema = document.resolve(rawSchema);
        JsonObject properties = schema.getJsonObject("properties");
        Map<String, String> fields = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((name, value) -> fields.put(name, fieldBaseline(name, value.asJsonObject(), 1)));
        }
        if (fields.isEmpty()) {
            fields.put("name", "\"x\"");
        }
        List<String> names = new ArrayList<>(fields.keySet());
        switch (random.nextInt(6)) {
            case 0 -> fields.remove(pick(requiredOr(schema, names)));
            case 1 -> fields.put(pick(List.of("__proto__", "id", "is_admin", "tier", "%zz", "", "a".repeat(10_000))),
                    pick(JSON_VALUES));
            default -> fields.put(pick(names), pick(JSON_VALUES));
        }
        StringBuilder object = new StringBuilder("{");
        fields.forEach((name, value) -> object.append(object.length() > 1 ? "," : "").append(quote(name)).append(':')
                .append(value));
        return object.append('}').toString();
    }

    private static List<String> requiredOr(JsonObject schema, List<String> names) {
        JsonArray required = schema.getJsonArray("required");
        List<String> listed = required == null ? List.of()
                : required.stream().map(v -> ((JsonString) v).getString()).filter(names::contains).toList();
        return listed.isEmpty() ? names : listed;
    }

    private byte[] multipart(Operation operation, List<String[]> headers) {
        byte[] garbage = new byte[64 * 1024];
        random.nextBytes(garbage);
        return switch (random.nextInt(11)) {
            case 0 -> {
                byte[] body = multipartBody(operation, new ArrayList<>(), "image/png", garbage);
                headers.add(h("Content-Type", "multipart/form-data"));
                yield body;
            }
            case 1 -> {
                byte[] body = multipartBody(operation, new ArrayList<>(), "image/png", garbage);
                headers.add(h("Content-Type", "multipart/form-data; boundary=not-the-one-used"));
                yield body;
            }
            case 2 -> {
                byte[] body = multipartBody(operation, headers, "image/jpeg", garbage);
                yield Arrays.copyOf(body, body.length - 40); // no closing delimiter
            }
            case 3 -> {
                headers.add(h("Content-Type", "multipart/form-data; boundary=b"));
                yield new byte[0];
            }
            case 4 -> {
                headers.add(h("Content-Type", "multipart/form-data; boundary=b"));
                yield bytes("--b\r\n\r\nno disposition\r\n--b--\r\n");
            }
            case 5 -> {
                headers.add(h("Content-Type", "multipart/form-data; boundary=\"" + "b".repeat(300)));
                yield bytes("--b\r\n");
            }
            case 6 -> multipartBody(operation, headers, "image/png", garbage);
            case 7 -> {
                headers.add(h("Content-Type", "multipart/form-data; boundary=b"));
                yield bytes("--b\r\nContent-Disposition: form-data; name=\"%zz\"; filename=\"../../etc/passwd\"\r\n"
                        + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n--b--\r\n");
            }
            case 8 -> {
                headers.add(h("Content-Type", "multipart/form-data; boundary=b"));
                yield bytes("--b\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" + "x".repeat(1024 * 1024)
                        + "\r\n--b--\r\n");
            }
            case 9 -> {
                headers.add(h("Content-Type", "multipart/mixed; boundary=b"));
                yield bytes("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n");
            }
            default -> multipartBody(operation, headers, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        };
    }

    /** A well-formed multipart body: each schema property as a field, binary ones as files with {@code content}. */
    private byte[] multipartBody(Operation operation, List<String[]> headers, String fileType, byte[] content) {
        JsonObject schema = document.resolve(operation.bodies().entrySet().stream()
                .filter(e -> e.getKey().startsWith("multipart/")).map(Map.Entry::getValue).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().build()));
        JsonObject properties = schema.getJsonObject("properties");
        Map<String, JsonValue> fields = properties == null || properties.isEmpty()
                ? Map.of("file", jakarta.json.Json.createObjectBuilder().add("format", "binary").build()) : properties;
        String boundary = "fuzz" + random.nextInt(1_000_000);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            JsonObject field = document.resolve(value.asJsonObject());
            boolean file = "binary".equals(field.getString("format", "")) || field.getString("type", "").equals("array")
                    || name.contains("image") || name.contains("file") || name.contains("photo");
            body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                    + (file ? "; filename=\"card.png\"\r\nContent-Type: " + fileType : "") + "\r\n\r\n"));
            body.writeBytes(file ? content : bytes("x"));
            body.writeBytes(bytes("\r\n"));
        });
        body.writeBytes(bytes("--" + boundary + "--\r\n"));
        headers.add(h("Content-Type", "multipart/form-data; boundary=" + boundary));
        return body.toByteArray();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String join(Map<String, String> query) {
        StringBuilder text = new StringBuilder();
        query.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(encode(name)).append('=').append(value));
        return text.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
