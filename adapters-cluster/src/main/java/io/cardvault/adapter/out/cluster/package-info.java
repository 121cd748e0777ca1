/**
 * Driven adapter for what several CardVault nodes share: an embedded Hazelcast member per node
 * that joins the others from a configured address list (multicast off). Later adapters here
 * keep rate-limit buckets, shared caches and cross-node event fan-out in this cluster.
 */
package io.cardvault.adapter.out.cluster;
