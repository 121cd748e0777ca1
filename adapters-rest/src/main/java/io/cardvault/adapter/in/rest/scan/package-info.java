/**
 * Driving adapter of cross-device scanning: {@code /api/scan-sessions} (the owner's create, read,
 * server-sent event stream and QR code; the phone's claim, photo upload, results and complete, by
 * claim token) and the session photos under {@code /static/scans}. {@code ScanStreams} is this
 * node's set of open event streams; it hears the session events from the cluster's event path like
 * the WebSocket hub does, so a phone on another node still reaches the owner's stream.
 */
package io.cardvault.adapter.in.rest.scan;
