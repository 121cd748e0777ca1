package io.cardvault.recognition.engine;

/**
 * Tuning of the recognizer. Weights are those of the contract's score components:
 * {@code name} (name bar with HP, and the attack text box), {@code collectorNumber} and
 * {@code setContext} come from comparing the photo's text regions with the candidate's reference
 * face (see {@link TextRegions}) and, when the recognizer OCRs the photo, from the agreement of
 * the text read with the candidate's (see {@link OcrEvidence}).
 *
 * @param outlineCandidates quadrilaterals kept from the detector
 * @param searchDepth       nearest references fetched per hypothesis
 * @param verifyGroups      distinct face groups verified with ORB per hypothesis
 * @param groupCap          look-alikes (same name and artwork) compared by their text regions, at most
 * @param maxHypotheses     (outline, rotation) hypotheses verified before giving up
 * @param strongInliers     ORB inliers that settle a hypothesis
 */
public record RecognitionSettings(int outlineCandidates, int searchDepth, int verifyGroups, int groupCap,
                                  int maxHypotheses, int strongInliers, double embeddingWeight,
                                  double collectorNumberWeight, double nameWeight, double featureMatchWeight,
                                  double setContextWeight) {

    public RecognitionSettings {
        if (outlineCandidates < 1 || searchDepth < 1 || verifyGroups < 1 || groupCap < 1 || maxHypotheses < 1
                || strongInliers < 1) {
            throw new IllegalArgumentException("counts must be positive");
        }
        double total = embeddingWeight + collectorNumberWeight + nameWeight + featureMatchWeight + setContextWeight;
        if (embeddingWeight < 0 || collectorNumberWeight < 0 || nameWeight < 0 || featureMatchWeight < 0
                || setContextWeight < 0 || Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("weights must be non-negative and sum to 1");
        }
    }

    public static RecognitionSettings defaults() {
        return new RecognitionSettings(4, 40, 4, 24, 5, 25, 0.25, 0.20, 0.15, 0.25, 0.15);
    }
}
