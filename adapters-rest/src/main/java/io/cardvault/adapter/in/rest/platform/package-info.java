/**
 * The platform's own routes: health for load balancers and orchestrators ({@code /health},
 * {@code /health/db}, readiness, liveness, {@code /api/health}), counters ({@code /api/stats},
 * {@code /api/public/stats}, {@code /api/stats/detailed}), the status page ({@code /api/status}), the
 * app manifest and push devices, platform settings, and the bulk data files ({@code /api/bulk-data}).
 */
package io.cardvault.adapter.in.rest.platform;
