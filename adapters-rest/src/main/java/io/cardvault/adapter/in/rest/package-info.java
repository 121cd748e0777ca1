/**
 * Driving adapter: CardVault's JSON API over JAX-RS. Resources call use cases (in-ports) only;
 * request and response records live beside their resource; every error leaves as the spec's
 * {@code {"detail": …}} shape (see {@code error}). Sub-packages follow the domain areas.
 */
package io.cardvault.adapter.in.rest;
