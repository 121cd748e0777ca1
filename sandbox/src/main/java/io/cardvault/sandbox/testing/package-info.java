/**
 * Routes for integration tests and manual checks only, off unless {@code CARDVAULT_TESTING_ROUTES}
 * is {@code true} and answered only to loopback clients: a producer of real-time events whose
 * real producers arrive with later features, and a tier grant (no billing exists yet).
 */
package io.cardvault.sandbox.testing;
