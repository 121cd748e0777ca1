package io.cardvault.recognition.synth;

/**
 * How a synthetic phone photo was taken, beyond the base effects every photo gets (tilt, clutter,
 * blur, glare, white balance, noise, JPEG). The benchmark reports accuracy per condition.
 */
public enum CaptureCondition {
    /** The whole card in frame: the base phone photo and nothing more. */
    FRAMED,
    /** The card runs past one photo edge: 0.5–5 % of its area outside, a corner or a strip. */
    CLIPPED_CORNER,
    /** In-plane rotation up to ±35° and a view 15–30° off the normal, any quarter turn. */
    STEEP_ANGLE,
    /** A thumb over a corner or an edge, covering 2–6 % of the card. */
    THUMB,
    /** A glossy sleeve: translucent border, a reflection streak across the face, haze. */
    SLEEVE,
    /** A second card touching or overlapping the first by a few millimetres. */
    NEIGHBOUR,
    /** A soft shadow over part of the card and a warm or cool lamp gradient across the photo. */
    SHADOW_CAST,
    /** Dark exposure (mean luminance 40–70) with strong noise (sigma 8–14). */
    LOW_LIGHT,
    /** JPEG quality 30–40 with 4:2:0 chroma subsampling. */
    HEAVY_JPEG,
    /** A clipped corner (at most 3 % outside) plus two other conditions drawn at random. */
    COMBINED
}
