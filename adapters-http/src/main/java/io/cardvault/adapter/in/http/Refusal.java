package io.cardvault.adapter.in.http;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The body of a refusal in the shape its caller reads: {@code {"detail": …}} for the API and every
 * other route, PokeTrace's {@code {"error", "message", "code"?, "retryAfter"?}} on {@code /v1} and
 * {@code /ws}, a small page in the page's language for the website (a browser shows it; a
 * JSON error would be a blank screen).
 *
 * @param contentType the answer's content type
 * @param body        the answer's bytes
 */
record Refusal(String contentType, byte[] body) {

    static final String JSON = "application/json";
    static final String HTML = "text/html;charset=UTF-8";
    private static final String MESSAGES = "io.cardvault.adapter.in.http.refusals";

    static Refusal of(CallerAdmission.Admission verdict, RequestPath path) {
        if (path.kind().pokeTrace()) {
            return pokeTrace(verdict);
        }
        if (path.kind() != RequestPath.Kind.PAGE) {
            return json(verdict.detail());
        }
        String language = path.language();
        ResourceBundle messages = ResourceBundle.getBundle(MESSAGES, Locale.forLanguageTag(language));
        int status = messages.containsKey("title." + verdict.status()) ? verdict.status() : 400;
        String title = messages.getString("title." + status);
        long retryAfter = verdict.limit() == null ? 0 : verdict.limit().retryAfterSeconds();
        String text = new MessageFormat(messages.getString("text." + status), Locale.ROOT).format(new Object[] {retryAfter});
        String page = "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + html(title)
                + " · CardVault</title></head><body><main><h1>" + html(title) + "</h1><p>" + html(text) + "</p><p><a href=\"/"
                + language + "\">" + html(home(messages)) + "</a></p></main></body></html>\n";
        return new Refusal(HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * PokeTrace's shape for the {@code /v1} routes and {@code /ws}: {@code error} (a title),
     * {@code message}, and {@code code} and {@code retryAfter} (seconds) when they apply. A path or
     * query refused before any key was read is a {@code Bad request} titled by its problem.
     */
    static Refusal pokeTrace(CallerAdmission.Admission verdict) {
        String error = verdict.error() != null ? verdict.error() : verdict.status() == 400 ? "Bad request" : "Request refused";
        Long retryAfter = verdict.status() == 429 && verdict.limit() != null ? verdict.limit().retryAfterSeconds() : null;
        return new Refusal(JSON, PokeTraceErrorBody.of(error, verdict.detail(), verdict.code(), retryAfter)
                .getBytes(StandardCharsets.UTF_8));
    }

    static Refusal json(String detail) {
        return new Refusal(JSON, Json.createObjectBuilder().add("detail", detail).build().toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String home(ResourceBundle messages) {
        try {
            return messages.getString("home");
        } catch (MissingResourceException e) {
            return "CardVault";
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
