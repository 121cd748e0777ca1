/**
 * Sign-up, login and sessions ({@code tcg_session}, an HMAC-SHA256-signed cookie), API key
 * management, and the filter that authenticates every request (API key or session) and applies
 * the shared rate limits with their {@code X-RateLimit-*} headers.
 */
package io.cardvault.adapter.in.rest.account;
