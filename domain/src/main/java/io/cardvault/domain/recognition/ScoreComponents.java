package io.cardvault.domain.recognition;

/**
 * The contract's score components, each in [0, 1]: {@code embedding} (global visual
 * descriptors), {@code collectorNumber} and {@code name} (the text regions), {@code featureMatch}
 * (local features verified by a geometric model), {@code setContext} (the set code region).
 */
public record ScoreComponents(double embedding, double collectorNumber, double name,
                              double featureMatch, double setContext) {

    public ScoreComponents {
        requireUnit("embedding", embedding);
        requireUnit("collectorNumber", collectorNumber);
        requireUnit("name", name);
        requireUnit("featureMatch", featureMatch);
        requireUnit("setContext", setContext);
    }

    private static void requireUnit(String component, double value) {
        if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException(component + " must be in [0, 1]: " + value);
        }
    }
}
