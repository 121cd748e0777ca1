/**
 * Outgoing ports: what the use cases need from storage, upstream sources, the cluster and the
 * recognition engine. Each is an interface ending in {@code Port}; adapters implement them.
 */
package io.cardvault.application.port.out;
