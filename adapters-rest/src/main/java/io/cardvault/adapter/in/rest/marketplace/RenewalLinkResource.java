package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.LinkRenewal;
import io.cardvault.application.port.in.marketplace.RenewListingByLinkUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /listings/renew/{token}}: the one-click link of a renewal reminder. No sign-in: the
 * signed token is the proof. Renews on GET (as the spec says) and renders a small confirmation page
 * in English or Dutch ({@code ?lang=nl}, else the browser's {@code Accept-Language}): renewed (200),
 * already used (200), not renewable (409), or an unusable link (404). Never cached, never indexed,
 * and no referrer leaves the page, since the token is in its address.
 */
@Path("/listings/renew/{token}")
@RequestScoped
@Tag(name = "Marketplace")
public class RenewalLinkResource {

    static final String BUNDLE = "io.cardvault.adapter.in.rest.marketplace.RenewalPage";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final RenewListingByLinkUseCase renew;

    @Inject
    public RenewalLinkResource(RenewListingByLinkUseCase renew) {
        this.renew = renew;
    }

    /** For CDI's client proxy only. */
    protected RenewalLinkResource() {
        this(null);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Renew a listing from a reminder mail", description = "HTML. The token (signed, the listing id "
            + "and a 7-day expiry) renews its listing by 30 days once.")
    @APIResponse(responseCode = "200", description = "Renewed, or the link was used already")
    @APIResponse(responseCode = "404", description = "Not a working link")
    @APIResponse(responseCode = "409", description = "The listing was sold or withdrawn")
    public Response renew(@PathParam("token") String token, @QueryParam("lang") String lang,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = locale(lang, acceptLanguage);
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        LinkRenewal outcome = renew.renew(token);
        int status;
        String heading;
        String body;
        if (outcome instanceof LinkRenewal.Renewed renewed) {
            status = 200;
            heading = text.getString("renewed.heading");
            body = format(text, "renewed.body", locale, renewed.cardName(), when(renewed.expiresAt()), renewed.renewalCount());
        } else if (outcome instanceof LinkRenewal.AlreadyUsed used) {
            status = 200;
            heading = text.getString("used.heading");
            body = format(text, "used.body", locale, used.cardName(), when(used.expiresAt()));
        } else if (outcome instanceof LinkRenewal.NotRenewable refused) {
            status = 409;
            heading = text.getString("notRenewable.heading");
            body = format(text, "notRenewable.body", locale, refused.cardName(),
                    text.getString("status." + refused.status().code()));
        } else {
            status = 404;
            heading = text.getString("invalid.heading");
            body = text.getString("invalid.body");
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(locale, text.getString("title"), heading, body, text.getString("dashboard")))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .build();
    }

    static Locale locale(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("nl") ? DUTCH : Locale.ENGLISH;
        }
        if (acceptLanguage != null) {
            for (Locale.LanguageRange range : safeRanges(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("nl")) {
                    return DUTCH;
                }
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static java.util.List<Locale.LanguageRange> safeRanges(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return java.util.List.of();
        }
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }

    private static String format(ResourceBundle text, String key, Locale locale, Object... values) {
        Object[] escaped = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            escaped[i] = values[i] instanceof String s ? escape(s) : String.valueOf(values[i]);
        }
        return new MessageFormat(text.getString(key).replace("'", "''"), locale).format(escaped);
    }

    static String page(Locale locale, String title, String heading, String body, String back) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + " · CardVault</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:0;padding:1rem;line-height:1.5;color:#1a1a1a}"
                + "main{max-width:36rem;margin:2rem auto;overflow-wrap:anywhere}a{color:#0b57d0}</style></head>"
                + "<body><main><h1>" + escape(heading) + "</h1><p>" + body + "</p>"
                + "<p><a href=\"/" + locale.getLanguage() + "/\">" + escape(back) + "</a></p></main></body></html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
