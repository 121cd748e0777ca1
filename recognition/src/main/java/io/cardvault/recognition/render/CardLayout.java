package io.cardvault.recognition.render;

import java.awt.Rectangle;

/**
 * Geometry of a card face in fractions of its width and height (63 x 88 mm), and the canonical
 * pixel size the engine rectifies photos to (5 px per mm). The constants' own geometry is the
 * Pokémon face's; {@link #in(String, int, int)} gives where another game prints the same thing
 * ({@link GameLayout}).
 */
public enum CardLayout {
    /** Name and HP bar. */
    NAME(0.07, 0.045, 0.93, 0.105),
    /** Artwork box. */
    ART(0.085, 0.115, 0.915, 0.50),
    /** Attack and ability text. */
    TEXT(0.08, 0.55, 0.92, 0.855),
    /** Set code and set symbol, bottom left. */
    SET_CODE(0.06, 0.88, 0.34, 0.95),
    /** Collector number {@code localId/official}. */
    NUMBER(0.34, 0.88, 0.68, 0.95),
    /** Rarity mark. */
    RARITY(0.68, 0.88, 0.80, 0.95);

    public static final int CANONICAL_WIDTH = 315;
    public static final int CANONICAL_HEIGHT = 440;

    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;

    CardLayout(double x0, double y0, double x1, double y1) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
    }

    /** The region in pixels of a face rendered at {@code width x height}. */
    public Rectangle in(int width, int height) {
        int left = (int) Math.round(x0 * width);
        int top = (int) Math.round(y0 * height);
        return new Rectangle(left, top, (int) Math.round(x1 * width) - left, (int) Math.round(y1 * height) - top);
    }

    /** Where the game {@code gameSlug} prints this region, in pixels of a face rendered at {@code width x height}. */
    public Rectangle in(String gameSlug, int width, int height) {
        return GameLayout.of(gameSlug).region(this, width, height);
    }
}
