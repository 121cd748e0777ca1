package io.cardvault.recognition.render;

import java.awt.Rectangle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each game prints what the engine compares and reads, in fractions of a 63 x 88 mm face
 * (all five games share that size). Pokémon keeps {@link CardLayout}'s own geometry and is the
 * only game with artwork ({@code ../shared/data/art}); the others get text-only reference faces
 * drawn in their real layout, so that a photo of a real card is compared and OCR'd where its name,
 * collector number and set code really are:
 * <ul>
 *   <li>Magic (M15 frame): name top left, type line under the art, collector number with the rarity
 *       letter bottom left and the set code with the language below it.</li>
 *   <li>Yu-Gi-Oh!: name top, the set number ({@code LOB-EN001}, set code and number in one) under the
 *       art on the right; the set code is that same print.</li>
 *   <li>Flesh and Blood: name centred on top, type line centred at the bottom of the text box,
 *       collector number ({@code MST131}, set code and number in one) bottom left.</li>
 *   <li>Lorcana: full-width art on top, name and title on a banner at mid height, classifications
 *       under it, collector number ({@code 1/204}) and set bottom left.</li>
 * </ul>
 */
public enum GameLayout {

    POKEMON(true, null, null),
    MTG(false, regions(
            box(0.075, 0.045, 0.72, 0.095), box(0.08, 0.11, 0.92, 0.555), box(0.08, 0.635, 0.92, 0.885),
            box(0.045, 0.950, 0.32, 0.975), box(0.045, 0.922, 0.32, 0.950), box(0.84, 0.565, 0.925, 0.615)),
            box(0.075, 0.565, 0.83, 0.615)),
    YUGIOH(false, regions(
            box(0.07, 0.045, 0.82, 0.10), box(0.12, 0.18, 0.88, 0.635), box(0.07, 0.725, 0.93, 0.885),
            box(0.56, 0.637, 0.93, 0.684), box(0.56, 0.637, 0.93, 0.684), box(0.06, 0.90, 0.40, 0.93)),
            box(0.07, 0.692, 0.93, 0.722)),
    FLESH_AND_BLOOD(false, regions(
            box(0.14, 0.05, 0.86, 0.10), box(0.06, 0.11, 0.94, 0.555), box(0.09, 0.60, 0.91, 0.845),
            box(0.05, 0.928, 0.34, 0.972), box(0.05, 0.928, 0.34, 0.972), box(0.34, 0.928, 0.44, 0.972)),
            box(0.18, 0.855, 0.82, 0.89)),
    LORCANA(false, regions(
            box(0.06, 0.565, 0.82, 0.655), box(0.04, 0.04, 0.96, 0.55), box(0.07, 0.71, 0.93, 0.925),
            box(0.30, 0.935, 0.52, 0.978), box(0.05, 0.935, 0.30, 0.978), box(0.52, 0.935, 0.62, 0.978)),
            box(0.12, 0.665, 0.88, 0.70)),
    /** A game with no layout of its own here: a generic text-only face, name on top, number bottom left. */
    OTHER(false, regions(
            box(0.07, 0.045, 0.93, 0.105), box(0.085, 0.115, 0.915, 0.50), box(0.08, 0.62, 0.92, 0.87),
            box(0.34, 0.905, 0.66, 0.95), box(0.06, 0.905, 0.34, 0.95), box(0.68, 0.905, 0.80, 0.95)),
            box(0.08, 0.54, 0.92, 0.59));

    private final boolean artwork;
    private final Map<CardLayout, double[]> regions;
    private final double[] typeLine;

    GameLayout(boolean artwork, Map<CardLayout, double[]> regions, double[] typeLine) {
        this.artwork = artwork;
        this.regions = regions;
        this.typeLine = typeLine;
    }

    /** The layout of a catalogue game slug; {@code fab} is the legacy slug of Flesh and Blood. */
    public static GameLayout of(String gameSlug) {
        return switch (gameSlug.strip().toLowerCase(Locale.ROOT)) {
            case "pokemon" -> POKEMON;
            case "mtg" -> MTG;
            case "yugioh" -> YUGIOH;
            case "flesh-and-blood", "fab" -> FLESH_AND_BLOOD;
            case "lorcana" -> LORCANA;
            default -> OTHER;
        };
    }

    /** Whether reference faces carry artwork; the others are text-only and never answer {@code high}. */
    public boolean artwork() {
        return artwork;
    }

    /**
     * Whether set code and collector number are printed on one line, left to right (Pokémon's
     * bottom strip), so that one OCR line reads both.
     */
    public boolean strip() {
        return this == POKEMON;
    }

    /** Where this game prints what {@code role} stands for, in pixels of a {@code width x height} face. */
    public Rectangle region(CardLayout role, int width, int height) {
        if (regions == null) {
            return role.in(width, height);
        }
        return pixels(regions.get(role), width, height);
    }

    /** The type line (Magic's "Creature — Human", Lorcana's classifications); Pokémon prints none. */
    public Rectangle typeLine(int width, int height) {
        if (typeLine == null) {
            throw new IllegalStateException("Pokémon faces print no type line");
        }
        return pixels(typeLine, width, height);
    }

    private static Rectangle pixels(double[] box, int width, int height) {
        int left = (int) Math.round(box[0] * width);
        int top = (int) Math.round(box[1] * height);
        return new Rectangle(left, top, (int) Math.round(box[2] * width) - left, (int) Math.round(box[3] * height) - top);
    }

    private static double[] box(double x0, double y0, double x1, double y1) {
        return new double[]{x0, y0, x1, y1};
    }

    private static Map<CardLayout, double[]> regions(double[] name, double[] art, double[] text, double[] setCode,
                                                     double[] number, double[] rarity) {
        Map<CardLayout, double[]> map = new EnumMap<>(CardLayout.class);
        map.put(CardLayout.NAME, name);
        map.put(CardLayout.ART, art);
        map.put(CardLayout.TEXT, text);
        map.put(CardLayout.SET_CODE, setCode);
        map.put(CardLayout.NUMBER, number);
        map.put(CardLayout.RARITY, rarity);
        return map;
    }
}
