package io.cardvault.application.port.out.analytics;

/** The one catalogue variant a scope resolved to on a card, and the slug that names it. */
public record ResolvedScope(long variantId, String variantSlug) {
}
