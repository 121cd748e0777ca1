/**
 * Sign-up, login and sessions ({@code tcg_session}, an HMAC-SHA256-signed cookie), API key
 * management, and the filter that hands the admission's verdict (API key or session, rate limits:
 * {@code io.cardvault.adapter.in.http}) to the resources and writes {@code X-RateLimit-*} and the
 * session cookie on the way out.
 */
package io.cardvault.adapter.in.rest.account;
