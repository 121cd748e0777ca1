package io.cardvault.recognition.render;

import io.cardvault.recognition.catalogue.CatalogueCard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the reference face of a card whose game has no artwork here: the game's frame in the
 * card's colour (Magic's colours, Lorcana's inks, Yu-Gi-Oh!'s monster/spell/trap), a flat art box,
 * and the printed text where the game prints it ({@link GameLayout}): name, type line, collector
 * number, set code and rarity. What tells two such cards apart is only their text, which is what
 * the engine compares and reads.
 */
final class TextOnlyFaces {

    private static final Map<String, Color> MAGIC_COLOURS = Map.of(
            "White", new Color(0xE9, 0xE4, 0xC6), "Blue", new Color(0x2E, 0x7B, 0xB8),
            "Black", new Color(0x4A, 0x44, 0x40), "Red", new Color(0xC8, 0x3A, 0x2C),
            "Green", new Color(0x2F, 0x84, 0x4E));
    private static final Color MAGIC_GOLD = new Color(0xD1, 0xAE, 0x4C);
    private static final Color MAGIC_COLOURLESS = new Color(0xA9, 0xAE, 0xB2);
    private static final Color MAGIC_LAND = new Color(0xA8, 0x8E, 0x6E);
    private static final Map<String, Color> LORCANA_INKS = Map.of(
            "Amber", new Color(0xF0, 0xAE, 0x2A), "Amethyst", new Color(0x7D, 0x3C, 0x98),
            "Emerald", new Color(0x2A, 0x8C, 0x4A), "Ruby", new Color(0xC0, 0x24, 0x3C),
            "Sapphire", new Color(0x1C, 0x6E, 0xB4), "Steel", new Color(0x8A, 0x94, 0x9C));
    private static final Map<String, Color> YUGIOH_KINDS = Map.of(
            "monster", new Color(0xC4, 0x7A, 0x3C), "spell", new Color(0x1D, 0x9A, 0x78),
            "trap", new Color(0xB0, 0x4E, 0x86));
    private static final Color NEUTRAL = new Color(0x9C, 0x9C, 0x9C);
    /**
     * Share of its region's height the collector line's glyphs take: the margin keeps whole glyphs
     * inside the region the OCR reads when a rectified photo sits a few pixels off.
     */
    private static final double COLLECTOR_FILL = 0.72;

    private TextOnlyFaces() {
    }

    static void draw(Graphics2D g, CatalogueCard card, GameLayout layout, int w, int h) {
        Color frame = frameColour(card, layout);
        Color border = layout == GameLayout.YUGIOH ? new Color(0x3C, 0x30, 0x26) : new Color(0x16, 0x14, 0x13);
        g.setColor(border);
        g.fillRect(0, 0, w, h);
        int inset = (int) Math.round(0.04 * w);
        g.setColor(frame);
        // Magic, Flesh and Blood and Lorcana print their collector line on the black border below the frame.
        int frameBottom = layout == GameLayout.YUGIOH ? h - inset : (int) Math.round(0.915 * h);
        g.fill(new RoundRectangle2D.Double(inset, inset, w - 2.0 * inset, frameBottom - inset, w * 0.04, w * 0.04));
        Color panel = CardFaceRenderer.blend(frame, Color.WHITE, 0.78);
        Rectangle art = CardLayout.ART.in(card.game(), w, h);
        g.setColor(CardFaceRenderer.blend(frame, Color.WHITE, 0.40));
        g.fillRect(art.x, art.y, art.width, art.height);
        g.setColor(CardFaceRenderer.blend(frame, Color.BLACK, 0.5));
        g.setStroke(new BasicStroke(Math.max(1f, w / 160f)));
        g.drawRect(art.x, art.y, art.width, art.height);
        Rectangle name = CardLayout.NAME.in(card.game(), w, h);
        panel(g, name, panel);
        Rectangle type = layout.typeLine(w, h);
        panel(g, type, panel);
        Rectangle text = CardLayout.TEXT.in(card.game(), w, h);
        panel(g, text, panel);
        drawName(g, card, layout, name);
        g.setColor(Color.BLACK);
        line(g, typeLine(card, layout), type, Font.BOLD, 0.62, layout == GameLayout.FLESH_AND_BLOOD || layout == GameLayout.LORCANA);
        if (!card.text().isEmpty()) {
            line(g, card.text(), new Rectangle(text.x + 3, text.y + 3, text.width - 6, Math.max(6, text.height / 6)), Font.PLAIN, 0.8, false);
        }
        // The collector line sits on the black border on every game but Yu-Gi-Oh!, whose set number is on the frame.
        g.setColor(layout == GameLayout.YUGIOH ? Color.BLACK : Color.WHITE);
        line(g, number(card, layout), CardLayout.NUMBER.in(card.game(), w, h), Font.BOLD, COLLECTOR_FILL, false);
        if (layout == GameLayout.MTG) {
            line(g, card.setCode() + " \u2022 " + card.language().toUpperCase(Locale.ROOT), CardLayout.SET_CODE.in(card.game(), w, h),
                    Font.BOLD, COLLECTOR_FILL, false);
        } else if (layout == GameLayout.LORCANA || layout == GameLayout.OTHER) {
            line(g, card.language().toUpperCase(Locale.ROOT) + " \u2022 " + card.setCode(), CardLayout.SET_CODE.in(card.game(), w, h),
                    Font.BOLD, COLLECTOR_FILL, false);
        }
        if (layout != GameLayout.YUGIOH && layout != GameLayout.MTG && !card.rarity().isEmpty()) {
            line(g, card.rarity().substring(0, 1).toUpperCase(Locale.ROOT), CardLayout.RARITY.in(card.game(), w, h),
                    Font.BOLD, COLLECTOR_FILL, false);
        }
    }

    /** The frame's colour: Magic's colour(s), Lorcana's first ink, Yu-Gi-Oh!'s card kind. */
    static Color frameColour(CatalogueCard card, GameLayout layout) {
        List<String> types = card.types();
        return switch (layout) {
            case MTG -> types.size() > 1 ? MAGIC_GOLD
                    : types.size() == 1 ? MAGIC_COLOURS.getOrDefault(types.get(0), MAGIC_COLOURLESS)
                    : card.category().contains("Land") ? MAGIC_LAND : MAGIC_COLOURLESS;
            case LORCANA -> types.isEmpty() ? NEUTRAL : LORCANA_INKS.getOrDefault(types.get(0), NEUTRAL);
            case YUGIOH -> YUGIOH_KINDS.getOrDefault(card.category().toLowerCase(Locale.ROOT), NEUTRAL);
            case FLESH_AND_BLOOD -> new Color(0x8C, 0x6A, 0x46);
            default -> NEUTRAL;
        };
    }

    private static void drawName(Graphics2D g, CatalogueCard card, GameLayout layout, Rectangle r) {
        g.setColor(Color.BLACK);
        int dash = card.name().indexOf(" - ");
        if (layout == GameLayout.LORCANA && dash > 0) {
            // Lorcana prints the character's name large and its version (title) smaller beneath.
            int half = r.height * 11 / 20;
            line(g, card.name().substring(0, dash).toUpperCase(Locale.ROOT), new Rectangle(r.x, r.y, r.width, half), Font.BOLD, 0.85, false);
            line(g, card.name().substring(dash + 3), new Rectangle(r.x, r.y + half, r.width, r.height - half), Font.PLAIN, 0.85, false);
            return;
        }
        line(g, card.name(), r, Font.BOLD, 0.8, layout == GameLayout.FLESH_AND_BLOOD);
    }

    private static String typeLine(CatalogueCard card, GameLayout layout) {
        String category = card.category();
        if (layout == GameLayout.YUGIOH) {
            return "[" + capitalised(category) + "]";
        }
        return category;
    }

    /** The collector number as the game prints it: Magic adds the rarity letter after it. */
    private static String number(CatalogueCard card, GameLayout layout) {
        if (layout == GameLayout.MTG && !card.rarity().isEmpty()) {
            return card.collectorNumber() + " " + card.rarity().substring(0, 1).toUpperCase(Locale.ROOT);
        }
        return card.collectorNumber();
    }

    private static void panel(Graphics2D g, Rectangle r, Color colour) {
        g.setColor(colour);
        g.fillRect(r.x - 2, r.y - 1, r.width + 4, r.height + 2);
    }

    /** One line of text filling {@code fill} of the box's height, set smaller or cut to fit its width, left aligned or centred. */
    private static void line(Graphics2D g, String text, Rectangle box, int style, double fill, boolean centred) {
        if (text.isBlank()) {
            return;
        }
        int size = Math.max(6, (int) Math.round(box.height * fill));
        g.setFont(CardFaceRenderer.font(text, style, size));
        FontMetrics m = g.getFontMetrics();
        int width = m.stringWidth(text);
        if (width > box.width && size > 6) {
            // Printed cards set a long name smaller rather than cut it: so does the reference, down to 6 px.
            g.setFont(CardFaceRenderer.font(text, style, Math.max(6, size * box.width / width)));
            m = g.getFontMetrics();
        }
        String shown = CardFaceRenderer.fit(text, m, box.width);
        int x = centred ? box.x + (box.width - m.stringWidth(shown)) / 2 : box.x;
        int baseline = box.y + (box.height + m.getAscent() - m.getDescent()) / 2;
        g.drawString(shown, x, baseline);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
