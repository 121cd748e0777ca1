package io.cardvault.domain.price;

import java.util.Arrays;

/**
 * Decides whether a new amount is an outlier against the series' recent amounts (oldest first).
 *
 * <p>Robust rule (Iglewicz and Hoaglin's modified z-score): with {@code m} the median of the window
 * and {@code MAD} the median of {@code |x - m|}, the score of {@code x} is {@code 0.6745 (x - m) / MAD}.
 * A point is an outlier when {@code |score| > zLimit} AND it differs from the median by more than
 * {@code jumpRatio} times the median (both guards: a flat series has MAD 0 and must not flag a one-cent
 * move, and a volatile cheap card must not flag ordinary noise). With MAD 0 only the jump guard
 * applies. Windows shorter than {@code minimumWindow} flag nothing: there is no baseline yet.
 */
public record OutlierRule(int windowSize, int minimumWindow, double zLimit, double jumpRatio) {

    /** The platform's rule: last 30 points, at least 5, |z| > 3.5 and a move of more than 50 % from the median. */
    public static final OutlierRule STANDARD = new OutlierRule(30, 5, 3.5, 0.5);

    private static final double CONSISTENCY = 0.6745;

    public OutlierRule {
        InvalidPriceDataException.require(windowSize >= minimumWindow && minimumWindow >= 3, "an outlier window needs 3+ points");
        InvalidPriceDataException.require(zLimit > 0 && jumpRatio > 0, "outlier limits are positive");
    }

    /** {@code window} holds the latest amounts before {@code candidate}, oldest first; only its last {@link #windowSize} count. */
    public boolean isOutlier(double[] window, int length, double candidate) {
        int n = Math.min(length, windowSize);
        if (n < minimumWindow) {
            return false;
        }
        double[] values = Arrays.copyOfRange(window, length - n, length);
        double median = median(values);
        double jump = Math.abs(candidate - median);
        if (jump <= jumpRatio * Math.abs(median)) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.abs(values[i] - median);
        }
        double mad = median(values);
        if (mad == 0) {
            return true;
        }
        return Math.abs(CONSISTENCY * (candidate - median) / mad) > zLimit;
    }

    /** Sorts {@code values} in place. */
    static double median(double[] values) {
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
