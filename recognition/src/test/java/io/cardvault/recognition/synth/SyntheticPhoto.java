package io.cardvault.recognition.synth;

import java.util.Arrays;

/**
 * A generated photo (JPEG bytes) and its ground truth: the card corners in photo pixels in face
 * order (top-left, top-right, bottom-right, bottom-left of the upright face), the quarter turns
 * the face was given, and whether blur or glare were applied strongly.
 */
public record SyntheticPhoto(byte[] jpeg, double[] faceCorners, int quarterTurns, double tiltDegrees,
                             double blurAmount, boolean glare, double whiteBalanceShift) {

    public SyntheticPhoto {
        jpeg = jpeg.clone();
        faceCorners = faceCorners.clone();
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
        return "SyntheticPhoto[" + jpeg.length + " bytes, turns=" + quarterTurns + ", tilt=" + tiltDegrees + "]";
    }
}
