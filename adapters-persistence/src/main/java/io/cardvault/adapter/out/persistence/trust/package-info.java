/**
 * Driven adapter for trust codes (issue 23) through JPA on EclipseLink: the codes and the protected
 * photos' fingerprints as package-private entities (schema: migration V101). The photo check reads
 * every fingerprint per check through JPA too: one row of a few hundred bytes per protected photo;
 * not measured to need JDBC at the demo's scale (a cache or JDBC stream is the next step at 10⁵ photos).
 * A duplicate code is caught at the flush and answered with the port's ConfirmationCodeTakenException.
 */
package io.cardvault.adapter.out.persistence.trust;
