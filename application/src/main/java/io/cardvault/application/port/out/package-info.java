/**
 * Outgoing ports: what the use cases need from storage, upstream sources, the cluster, the
 * recognition engine and the mail server. Each is an interface ending in {@code Port}; adapters implement them.
 */
package io.cardvault.application.port.out;
