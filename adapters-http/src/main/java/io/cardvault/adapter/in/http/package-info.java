/**
 * The HTTP front door every driving adapter shares (the JSON API, the card-detail fast path, the
 * WebSocket upgrade, the web pages): one path normalisation ({@code RequestPath}), one admission
 * ({@code CallerAdmission}: API key, {@code tcg_session} cookie, rate limits, cross-site verdict),
 * the CORS allow-list, and the one filter that applies them before anything else runs. Adapters
 * read its verdict; none reads credentials or asks the limiter itself (an architecture rule).
 */
package io.cardvault.adapter.in.http;
