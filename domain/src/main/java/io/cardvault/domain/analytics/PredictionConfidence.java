package io.cardvault.domain.analytics;

/** How far a regression can be trusted, by the number of points it was fitted on: low < 10, medium 10–19, high ≥ 20. */
public enum PredictionConfidence {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String code;

    PredictionConfidence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PredictionConfidence ofPoints(int points) {
        if (points >= 20) {
            return HIGH;
        }
        return points >= 10 ? MEDIUM : LOW;
    }
}
