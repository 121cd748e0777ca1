package io.cardvault.domain.recognition;

import java.util.List;

/**
 * The card's corners in photo pixels, clockwise from the card's top-left as found, so a camera
 * preview can draw the contour.
 */
public record CardOutline(List<Corner> corners) {

    /** One corner in photo pixel coordinates. */
    public record Corner(double x, double y) {
        public Corner {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("corner coordinates must be finite");
            }
        }
    }

    public CardOutline {
        if (corners == null || corners.size() != 4) {
            throw new IllegalArgumentException("an outline has exactly four corners");
        }
        corners = List.copyOf(corners);
    }
}
