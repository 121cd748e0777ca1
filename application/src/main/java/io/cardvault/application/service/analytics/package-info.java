/**
 * Market-intelligence services: the recompute that publishes dashboard aggregates to the shared
 * cache, the cached reads of those aggregates, per-card analyses cached with a time to live, and
 * the ECB rate ingest.
 */
package io.cardvault.application.service.analytics;
