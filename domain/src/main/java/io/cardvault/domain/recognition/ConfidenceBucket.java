package io.cardvault.domain.recognition;

/**
 * Confidence bucket of a recognition, exactly as the contract states: high above 0.75, medium
 * from 0.50 to 0.75, low from 0.30 to 0.50, conflict when the visual match and the text read
 * disagree. The contract names no bucket under 0.30; such scores are reported as low, the
 * weakest bucket, so that a client never mistakes them for an answer.
 */
public enum ConfidenceBucket {
    HIGH, MEDIUM, LOW, CONFLICT;

    /** Buckets a final score in [0, 1]; a conflict overrides any score. */
    public static ConfidenceBucket of(double score, boolean visualAndTextDisagree) {
        if (Double.isNaN(score) || score < 0.0 || score > 1.0) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        if (visualAndTextDisagree) {
            return CONFLICT;
        }
        if (score > 0.75) {
            return HIGH;
        }
        if (score >= 0.50) {
            return MEDIUM;
        }
        return LOW;
    }

    /** The caller should ask the user to confirm: low or conflicting answers. */
    public boolean needsConfirmation() {
        return this == LOW || this == CONFLICT;
    }
}
