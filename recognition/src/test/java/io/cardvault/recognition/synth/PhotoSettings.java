package io.cardvault.recognition.synth;

/**
 * Generator settings; every random draw is uniform within its range.
 *
 * @param width                 photo width in pixels
 * @param height                photo height in pixels
 * @param maxRotationDegrees    in-plane tilt, plus or minus
 * @param quarterTurnChance     chance the card also lies sideways or upside down
 * @param minCardShare          card height over photo height, lower bound
 * @param maxCardShare          upper bound
 * @param maxPerspective        corner jitter as a share of the card width
 * @param clutterShapes         background shapes drawn
 * @param maxMotionBlur         motion-blur kernel length in pixels, up to
 * @param maxDefocus            Gaussian sigma in pixels, up to
 * @param glareChance           chance of one glare blob on the card
 * @param maxWhiteBalanceShift  per-channel gain deviation, up to
 * @param maxNoiseSigma         Gaussian noise sigma in grey levels, up to
 * @param minJpegQuality        JPEG quality, lower bound
 * @param maxJpegQuality        upper bound
 */
public record PhotoSettings(int width, int height, double maxRotationDegrees, double quarterTurnChance,
                            double minCardShare, double maxCardShare, double maxPerspective, int clutterShapes,
                            double maxMotionBlur, double maxDefocus, double glareChance,
                            double maxWhiteBalanceShift, double maxNoiseSigma, int minJpegQuality,
                            int maxJpegQuality) {

    public PhotoSettings {
        if (width < 64 || height < 64) {
            throw new IllegalArgumentException("photo too small");
        }
        if (minCardShare <= 0 || maxCardShare > 1.2 || minCardShare > maxCardShare) {
            throw new IllegalArgumentException("card share range is invalid");
        }
        if (minJpegQuality < 1 || maxJpegQuality > 100 || minJpegQuality > maxJpegQuality) {
            throw new IllegalArgumentException("JPEG quality range is invalid");
        }
        if (quarterTurnChance < 0 || quarterTurnChance > 1 || glareChance < 0 || glareChance > 1) {
            throw new IllegalArgumentException("chances must be in [0, 1]");
        }
        if (maxRotationDegrees < 0 || maxPerspective < 0 || clutterShapes < 0 || maxMotionBlur < 0
                || maxDefocus < 0 || maxWhiteBalanceShift < 0 || maxNoiseSigma < 0) {
            throw new IllegalArgumentException("ranges must be non-negative");
        }
    }

    /** The benchmark's conditions: the brief's phone photos at 960 x 720. */
    public static PhotoSettings phonePhotos() {
        return new PhotoSettings(960, 720, 25, 0.15, 0.60, 0.85, 0.06, 40, 7, 1.6, 0.5, 0.15, 6, 40, 90);
    }

    /** Clean, upright, sharp photos: for tests of single stages. */
    public static PhotoSettings clean() {
        return new PhotoSettings(960, 720, 0, 0, 0.8, 0.8, 0, 10, 0, 0, 0, 0, 0, 95, 95);
    }
}
