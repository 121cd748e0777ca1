/** Health routes for load balancers and orchestrators: {@code /health}, {@code /health/db}, readiness and liveness. */
package io.cardvault.adapter.in.rest.platform;
