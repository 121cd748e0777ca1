/**
 * What a card recognition tells: the score components, the confidence bucket, the card outline
 * and the capture-quality report with its advice for a better photo (also told by the outline
 * preview). Shared by the recognition use cases and the engine's out-port.
 */
package io.cardvault.domain.recognition;
