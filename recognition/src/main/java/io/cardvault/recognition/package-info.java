/**
 * The recognition engine: finds a card in a phone photo, rectifies it, matches it against
 * reference faces of every catalogue card and reads its name and number; plus the adapter that
 * offers the engine to the application through its out-port. Beside it, on the same OpenCV, the
 * adapters that sanitize uploaded images and watermark and fingerprint protected listing photos.
 */
package io.cardvault.recognition;
