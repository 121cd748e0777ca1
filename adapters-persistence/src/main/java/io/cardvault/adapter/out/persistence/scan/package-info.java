/**
 * Driven adapter of cross-device scanning: the sessions and their reported cards through JPA
 * ({@code ScanSessionJpaEntity} with its cards as an element collection; schema V106). The photos
 * are files, in the {@code image} package.
 */
package io.cardvault.adapter.out.persistence.scan;
