package io.cardvault.adapter.in.rest.error;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request body passes here before the runtime binds it. A JSON body is read into memory
 * only up to {@value #MAX_JSON_BYTES} bytes (413 beyond, judged by {@code Content-Length} before a
 * byte is read when the client sends one), scanned for syntax with a nesting bound of
 * {@value #MAX_DEPTH} levels (400, so a hundred thousand brackets cannot exhaust a thread's stack
 * in a recursive binder), and compared with the route's type ({@link JsonBodyShape}: 422 per
 * field) before JSON-B sees it; what JSON-B still refuses is a 422 for the body as a whole. A body
 * of another kind (multipart, form) that the runtime cannot take apart is a 400.
 */
@Provider
public class RequestBodyGuard implements ReaderInterceptor {

    /** The largest JSON body any route accepts; uploads travel as multipart with limits of their own. */
    public static final int MAX_JSON_BYTES = 1024 * 1024;
    /** Deeper than any request the API defines (two or three levels), shallow enough for any parser. */
    public static final int MAX_DEPTH = 64;

    /**
     * Characters in one JSON number: no field needs more than a few dozen, and the JSON-P provider
     * refuses to convert longer than 1,100 (Parsson's limit) with an exception of its own.
     */
    public static final int MAX_NUMBER_CHARS = 1000;

    static final String NOT_JSON = "Request body is not valid JSON";
    static final String TOO_LONG_NUMBER = "Request body holds a number longer than " + MAX_NUMBER_CHARS + " characters";
    static final String TOO_DEEP = "Request body is nested more than " + MAX_DEPTH + " levels deep";
    static final String TOO_LARGE = "Request body exceeds the " + (MAX_JSON_BYTES / 1024 / 1024) + " MB limit for JSON";
    static final String UNREADABLE = "Request body could not be read as ";
    static final String BROKEN_FRAMING = "Request body could not be read: its length or chunking is broken";

    private static final Logger LOG = Logger.getLogger(RequestBodyGuard.class.getName());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return readOther(context);
        }
        refuseDeclaredOversize(context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH));
        byte[] body = readCapped(context.getInputStream());
        if (!isBlank(body)) {
            JsonValue value = parse(body);
            if (isStructured(context.getGenericType())) {
                List<FieldError> errors = JsonBodyShape.check(value, context.getGenericType());
                if (!errors.isEmpty()) {
                    throw new InvalidBodyException(errors);
                }
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonbException | JsonException | ProcessingException e) {
            LOG.log(Level.FINE, "JSON body refused by the binder", e);
            throw new InvalidBodyException(List.of(isBlank(body)
                    ? new FieldError(List.of("body"), "field required", "value_error.missing")
                    : new FieldError(List.of("body"), "value does not match the expected shape", "type_error")));
        }
    }

    private static Object readOther(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException | UnreadableBodyException | InvalidBodyException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Request body could not be read", e);
            MediaType type = context.getMediaType();
            throw new UnreadableBodyException(400, UNREADABLE + (type == null ? "sent"
                    : type.getType() + "/" + type.getSubtype()), e);
        }
    }

    static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    static void refuseDeclaredOversize(String contentLength) {
        if (contentLength == null) {
            return;
        }
        try {
            if (Long.parseLong(contentLength.trim()) > MAX_JSON_BYTES) {
                throw new UnreadableBodyException(413, TOO_LARGE);
            }
        } catch (NumberFormatException e) {
            throw new UnreadableBodyException(400, "Content-Length is not a number", e);
        }
    }

    /**
     * At most {@link #MAX_JSON_BYTES} bytes, whatever the client declared. A body whose framing is
     * broken (a chunk size that is no hexadecimal number, fewer bytes than declared before the
     * connection ends) fails while it is read: that is the client's 400, not a fault of ours.
     */
    static byte[] readCapped(InputStream in) {
        byte[] body;
        try {
            body = in.readNBytes(MAX_JSON_BYTES + 1);
        } catch (IOException e) {
            throw new UnreadableBodyException(400, BROKEN_FRAMING, e);
        }
        if (body.length > MAX_JSON_BYTES) {
            throw new UnreadableBodyException(413, TOO_LARGE);
        }
        return body;
    }

    /**
     * The body as a JSON value, after a streaming pass that checks syntax and depth without
     * recursion (only then is the tree built, which recurses once per level).
     */
    static JsonValue parse(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw new UnreadableBodyException(400, TOO_DEEP);
                    }
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                } else if (event == JsonParser.Event.VALUE_NUMBER && parser.getString().length() > MAX_NUMBER_CHARS) {
                    throw new UnreadableBodyException(400, TOO_LONG_NUMBER);
                }
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new UnreadableBodyException(400, NOT_JSON, e);
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException | UnsupportedOperationException e) {
            // UnsupportedOperationException: the JSON-P provider's own limits (Parsson's on long numbers)
            throw new UnreadableBodyException(400, NOT_JSON, e);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Types whose JSON shape is checked: records, collections, maps; a String or stream target takes any text. */
    private static boolean isStructured(Type type) {
        Class<?> raw = type instanceof Class<?> plain ? plain
                : type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> plain ? plain : null;
        return raw != null && (raw.isRecord() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
                || (raw.isArray() && raw != byte[].class));
    }
}
