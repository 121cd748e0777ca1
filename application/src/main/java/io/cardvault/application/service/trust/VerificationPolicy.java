package io.cardvault.application.service.trust;

import java.time.Duration;
import java.util.Objects;

/**
 * The verification routes' settings: requests per minute per client address, how long a code's
 * answer is held, the floor a fresh lookup's answer is padded to, and the photo check's threshold
 * (bits of the 64-bit perceptual hash a re-posted photo may differ by; measured in bench/fingerprint).
 */
public record VerificationPolicy(long perMinute, Duration answerCache, Duration answerFloor, int photoThreshold) {

    public VerificationPolicy {
        if (perMinute < 1) {
            throw new IllegalArgumentException("verification per-minute limit must be positive: " + perMinute);
        }
        Objects.requireNonNull(answerCache, "answerCache");
        Objects.requireNonNull(answerFloor, "answerFloor");
        if (answerCache.isNegative() || answerFloor.isNegative() || answerFloor.toMillis() > 1_000) {
            throw new IllegalArgumentException("answer cache and floor are not negative, the floor at most 1 s");
        }
        if (photoThreshold < 0 || photoThreshold > 32) {
            throw new IllegalArgumentException("the photo threshold is 0–32 bits: " + photoThreshold);
        }
    }
}
