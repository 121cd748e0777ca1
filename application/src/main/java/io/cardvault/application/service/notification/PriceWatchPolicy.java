package io.cardvault.application.service.notification;

import java.net.URI;
import java.util.Objects;

/** Where the site is reached from outside ({@code https://cards.example}): the links in notification mails are absolute. */
public record PriceWatchPolicy(URI siteUrl) {

    public PriceWatchPolicy {
        Objects.requireNonNull(siteUrl, "siteUrl");
        if (!siteUrl.isAbsolute() || !("http".equals(siteUrl.getScheme()) || "https".equals(siteUrl.getScheme()))) {
            throw new IllegalArgumentException("the site URL is an absolute http(s) URL: " + siteUrl);
        }
    }

    /** The absolute link to a site path such as {@code /cards/4}. */
    String link(String sitePath) {
        String base = siteUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + sitePath;
    }
}
