/**
 * Driven adapters of the platform's own data: usage counters and the price sources' latest runs
 * (plain JDBC: counts and one grouped read, which JPA would only wrap), the streaming export of the
 * catalogue and latest prices with the gzip JSON-lines bulk files it feeds (JDBC keyset walks, so
 * no read holds more than a chunk), and the phones registered for push and the platform settings
 * with their audit trail (JPA entities on the persistence unit {@code cardvault}, V115).
 */
package io.cardvault.adapter.out.persistence.platform;
