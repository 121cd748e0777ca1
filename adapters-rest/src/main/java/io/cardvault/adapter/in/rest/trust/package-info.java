/**
 * Driving adapter for trust codes (issue 23): {@code GET /api/verify/{code}} (the spec's answer,
 * held publicly for 30 s) and {@code POST /api/verify/photo}. Both are public; the admission counts
 * them against the verification routes' per-address quota whoever calls.
 */
package io.cardvault.adapter.in.rest.trust;
