/**
 * Driven adapters of the platform's own data read or written in bulk, in plain JDBC: usage counters
 * and the price sources' latest runs (counts and one grouped read, which JPA would only wrap), the
 * streaming export of the catalogue and latest prices (keyset walks, so no read holds more than a
 * chunk), and the gzip JSON-lines bulk files it feeds. Phones and settings persist through JPA in
 * {@code pushdevice} and {@code platformsetting}.
 */
package io.cardvault.adapter.out.persistence.platform;
