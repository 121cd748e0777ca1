/**
 * Market analytics as pure calculations over price histories: period changes, volatility, trend,
 * anomalies, regression predictions, cross-source verdicts, spreads, velocity, movers and the
 * Stash Score. Every definition and formula is written down in {@code docs/analytics.md}.
 */
package io.cardvault.domain.analytics;
