package io.cardvault.recognition.synth;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A generated photo (JPEG bytes) and its ground truth: the card corners in photo pixels in face
 * order (top-left, top-right, bottom-right, bottom-left of the upright face; they may lie outside
 * the photo when the card runs past its edge), the quarter turns the face was given, whether blur
 * or glare were applied strongly, the capture condition with the effects it applied (a combined
 * condition lists its parts), the photo edge the card runs past ("left", "right", "top", "bottom")
 * and the share of the card's area outside the photo.
 */
public record SyntheticPhoto(byte[] jpeg, double[] faceCorners, int quarterTurns, double tiltDegrees,
                             double blurAmount, boolean glare, double whiteBalanceShift,
                             CaptureCondition condition, List<CaptureCondition> applied,
                             Optional<String> clippedSide, double outsideShare) {

    private static final Set<String> SIDES = Set.of("left", "right", "top", "bottom");

    public SyntheticPhoto {
        jpeg = jpeg.clone();
        faceCorners = faceCorners.clone();
        Objects.requireNonNull(condition, "condition");
        applied = List.copyOf(applied);
        Objects.requireNonNull(clippedSide, "clippedSide");
        if (clippedSide.isPresent() && !SIDES.contains(clippedSide.get())) {
            throw new IllegalArgumentException("clipped side must be one of " + SIDES + ": " + clippedSide.get());
        }
        if (clippedSide.isPresent() != outsideShare > 0 || outsideShare < 0 || outsideShare >= 1) {
            throw new IllegalArgumentException("outside share " + outsideShare + " does not fit clipped side " + clippedSide);
        }
    }

    /** A whole card in frame: the photos generated before capture conditions existed. */
    public SyntheticPhoto(byte[] jpeg, double[] faceCorners, int quarterTurns, double tiltDegrees,
                          double blurAmount, boolean glare, double whiteBalanceShift) {
        this(jpeg, faceCorners, quarterTurns, tiltDegrees, blurAmount, glare, whiteBalanceShift,
                CaptureCondition.FRAMED, List.of(CaptureCondition.FRAMED), Optional.empty(), 0);
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }

    @Override
    public double[] faceCorners() {
        return faceCorners.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyntheticPhoto p && Arrays.equals(jpeg, p.jpeg) && Arrays.equals(faceCorners, p.faceCorners);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(jpeg);
    }

    @Override
    public String toString() {
        return "SyntheticPhoto[" + jpeg.length + " bytes, " + applied + ", turns=" + quarterTurns + ", tilt="
                + tiltDegrees + clippedSide.map(s -> ", clipped " + s + " " + outsideShare).orElse("") + "]";
    }
}
