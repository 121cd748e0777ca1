/**
 * Not production code, though assembled into the WAR: the sandbox market (demo prices, benchmark and
 * integration-test upstreams) and the testing routes. Everything here is off unless switched on
 * ({@code CARDVAULT_SANDBOX_MARKET}, {@code CARDVAULT_TESTING_ROUTES}); no production module depends
 * on it, which the architecture tests check.
 */
package io.cardvault.sandbox;
