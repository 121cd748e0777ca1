/** Values exchanged by the market-analytics out-ports: per-card histories, variant quotes, resolved scopes, cached aggregates. */
package io.cardvault.application.port.out.analytics;
