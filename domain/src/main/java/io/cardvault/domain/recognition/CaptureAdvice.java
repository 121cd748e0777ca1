package io.cardvault.domain.recognition;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of advice on how to take a better photo, told before a recognition (from the outline
 * preview) and after it (inside the capture-quality report). Only {@link Code#CUT_OFF} names a
 * side: the photo edge the card runs past, which is also the way to move the phone.
 */
public record CaptureAdvice(Code code, Optional<Side> side) {

    /** What is wrong with the capture. */
    public enum Code {
        /** Part of the card lies outside the photo (or touches its edge). */
        CUT_OFF,
        /** The card fills too little of the photo to show its print. */
        TOO_FAR,
        /** Blown-out highlights cover part of the card. */
        GLARE,
        /** The card is out of focus or shaken. */
        BLURRED,
        /** The card is too dark to read. */
        TOO_DARK
    }

    /** A photo edge. */
    public enum Side { LEFT, RIGHT, TOP, BOTTOM }

    public CaptureAdvice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(side, "side");
        if (side.isPresent() != (code == Code.CUT_OFF)) {
            throw new IllegalArgumentException("a side goes with cut_off and only with it");
        }
    }

    /** The card runs past the photo's {@code side}. */
    public static CaptureAdvice cutOff(Side side) {
        return new CaptureAdvice(Code.CUT_OFF, Optional.of(Objects.requireNonNull(side, "side")));
    }

    /** Advice that names no side. */
    public static CaptureAdvice of(Code code) {
        return new CaptureAdvice(code, Optional.empty());
    }
}
