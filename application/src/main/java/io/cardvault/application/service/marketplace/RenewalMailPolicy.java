package io.cardvault.application.service.marketplace;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The listing-expiry run's settings: the site's address as sellers reach it (renewal links are
 * absolute), how long before a listing's expiry its seller is mailed (the spec's 7 days) and how
 * long a renewal link works (the spec's 7-day TTL).
 */
public record RenewalMailPolicy(URI siteUrl, Duration remindBefore, Duration linkValidity) {

    public static final Duration SPEC_REMIND_BEFORE = Duration.ofDays(7);
    public static final Duration SPEC_LINK_VALIDITY = Duration.ofDays(7);

    public RenewalMailPolicy {
        Objects.requireNonNull(siteUrl, "siteUrl");
        if (!siteUrl.isAbsolute() || !("http".equals(siteUrl.getScheme()) || "https".equals(siteUrl.getScheme()))) {
            throw new IllegalArgumentException("the site URL is an absolute http(s) URL: " + siteUrl);
        }
        if (remindBefore.isNegative() || remindBefore.isZero() || linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("the reminder window and the link's validity are positive");
        }
    }

    /** The absolute link of a renewal token's page. */
    String renewalLink(String token) {
        String base = siteUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/listings/renew/" + token;
    }
}
