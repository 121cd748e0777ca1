/**
 * CORS for the JSON API: preflights answered before authentication, the grant on every JAX-RS
 * answer. The allow-list and the cross-site check themselves are the admission's
 * ({@code io.cardvault.adapter.in.http}).
 */
package io.cardvault.adapter.in.rest.cors;
