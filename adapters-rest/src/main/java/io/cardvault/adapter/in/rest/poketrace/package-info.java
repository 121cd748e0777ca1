/**
 * Driving adapter: the PokeTrace-compatible API under {@code /v1} (cards per market, sets, a tier's
 * history, the key's plan). Its JSON is PokeTrace's (camelCase, {@code data} + {@code pagination}),
 * written with JSON-P rather than the platform's snake_case JSON-B; its errors are PokeTrace's
 * {@code {"error", "message", "code"?, "retryAfter"?}} ({@code PokeTraceErrors}), and its cursors are
 * signed keyset positions ({@code PokeTraceCursors}). Keys, plan quota and headers come from the one
 * admission in {@code adapters-http}.
 */
package io.cardvault.adapter.in.rest.poketrace;
