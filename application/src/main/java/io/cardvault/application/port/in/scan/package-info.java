/**
 * Use cases of cross-device scan sessions: the owner opens and watches a session; the phone, with
 * only the claim token, claims it, uploads photos, reports recognised cards and completes it; an
 * hourly job purges the expired ones. Each act announces itself as a
 * {@link io.cardvault.domain.realtime.ScanResult} on {@code scan:<session>}.
 */
package io.cardvault.application.port.in.scan;
