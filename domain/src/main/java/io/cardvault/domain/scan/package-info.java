/**
 * Cross-device scanning: a scan session that bridges a signed-in desktop to a phone camera. The
 * session is claimed once by the phone with its claim token, receives photos and recognition
 * results, and ends completed or expired (30 minutes after it opened, or 5 idle minutes).
 */
package io.cardvault.domain.scan;
