package io.cardvault.recognition.render;

import io.cardvault.recognition.catalogue.CatalogueCard;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Draws a card face from catalogue data. A Pokémon face has a yellow border, type-coloured frame, name and HP, the
 * artwork of its first dex number (or a deterministic pattern for trainers, energies and
 * missing art), attack text, set code with a set symbol, collector number and rarity mark.
 * Reprints share artwork and text; only the bottom strip tells them apart, as on real cards.
 * Cards of the other games, for which there is no artwork, get a text-only face in their game's
 * layout ({@link GameLayout}, drawn by {@link TextOnlyFaces}).
 * Thread-safe: the artwork cache is concurrent and each call draws into its own image.
 */
public final class CardFaceRenderer {

    private static final Logger LOG = Logger.getLogger(CardFaceRenderer.class.getName());
    private static final Color BORDER = new Color(0xF1, 0xCF, 0x45);
    private static final Map<String, Color> TYPE_COLOURS = Map.ofEntries(
            Map.entry("Grass", new Color(0x6D, 0xBE, 0x45)), Map.entry("Fire", new Color(0xE8, 0x53, 0x2B)),
            Map.entry("Water", new Color(0x3B, 0x9B, 0xD9)), Map.entry("Lightning", new Color(0xF5, 0xD0, 0x33)),
            Map.entry("Psychic", new Color(0x9B, 0x5B, 0xB5)), Map.entry("Fighting", new Color(0xB5, 0x67, 0x3A)),
            Map.entry("Darkness", new Color(0x3E, 0x4A, 0x52)), Map.entry("Metal", new Color(0x9A, 0xA4, 0xAE)),
            Map.entry("Colorless", new Color(0xD8, 0xD2, 0xC4)), Map.entry("Dragon", new Color(0xB8, 0x9A, 0x2E)),
            Map.entry("Fairy", new Color(0xE5, 0x8B, 0xB6)), Map.entry("Trainer", new Color(0xC9, 0xCD, 0xD2)),
            Map.entry("Energy", new Color(0xE0, 0xE0, 0xE0)));

    /** Families tried, in order, for text the default sans-serif font cannot show (CJK names). */
    private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK JP", "Noto Sans CJK SC",
            "Noto Sans CJK TC", "Noto Sans CJK KR", "Noto Sans CJK HK");
    private static final String CJK_PROBE = "リザードン噴火龍리자몽";
    private static final Optional<String> CJK_FAMILY = findCjkFamily();

    private final Path artDirectory;
    private final Map<String, Optional<BufferedImage>> artCache = new ConcurrentHashMap<>();

    /** @param artDirectory folder of {@code <dexId>.png} artwork */
    public CardFaceRenderer(Path artDirectory) {
        this.artDirectory = artDirectory;
    }

    /** Renders the face at the canonical size the engine works at. */
    public BufferedImage render(CatalogueCard card) {
        return render(card, CardLayout.CANONICAL_WIDTH, CardLayout.CANONICAL_HEIGHT);
    }

    /** Renders the face at {@code width x height} pixels (3-byte BGR). */
    public BufferedImage render(CatalogueCard card, int width, int height) {
        BufferedImage face = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = antialiased(face);
        GameLayout layout = GameLayout.of(card.game());
        if (!layout.artwork()) {
            try {
                TextOnlyFaces.draw(g, card, layout, width, height);
            } finally {
                g.dispose();
            }
            return face;
        }
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            drawFrame(g, card, width, height);
            drawNameBar(g, card, CardLayout.NAME.in(width, height), height);
            drawArt(g, card, CardLayout.ART.in(width, height));
            drawText(g, card, CardLayout.TEXT.in(width, height), height);
            drawBottomStrip(g, card, width, height);
        } finally {
            g.dispose();
        }
        return face;
    }

    /**
     * Renders only the frame and the bottom strip (set code, number, rarity) at full face size:
     * what tells reprints apart, at a fraction of the cost of a whole face.
     */
    public BufferedImage renderBottomStrip(CatalogueCard card, int width, int height) {
        if (!GameLayout.of(card.game()).artwork()) {
            return render(card, width, height); // a text-only face is as cheap as a strip
        }
        BufferedImage face = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = antialiased(face);
        try {
            drawFrame(g, card, width, height);
            drawBottomStrip(g, card, width, height);
        } finally {
            g.dispose();
        }
        return face;
    }

    /**
     * What the faces depend on besides the catalogue: the font that draws CJK text. A descriptor
     * cache built under another signature is stale (CJK names were empty boxes, or are not any more).
     */
    public static String signature() {
        return "faces-3;cjk=" + CJK_FAMILY.orElse("none");
    }

    /** The installed CJK font family the faces use, if any. */
    public static Optional<String> cjkFamily() {
        return CJK_FAMILY;
    }

    private static Optional<String> findCjkFamily() {
        java.util.Set<String> installed = java.util.Set.of(
                java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT));
        for (String family : CJK_FAMILIES) {
            if (installed.contains(family) && new Font(family, Font.PLAIN, 12).canDisplayUpTo(CJK_PROBE) == -1) {
                return Optional.of(family);
            }
        }
        LOG.warning("No CJK font installed (Debian package fonts-noto-cjk): Japanese, Chinese and Korean names"
                + " render as empty boxes on reference faces, so Asian reprints are told apart by artwork and numbers only");
        return Optional.empty();
    }

    /**
     * The sans-serif font, or the CJK family when {@code text} holds characters the former cannot
     * show and a CJK font is installed (otherwise the default font, which draws empty boxes).
     */
    static Font font(String text, int style, int size) {
        Font sans = new Font(Font.SANS_SERIF, style, size);
        if (CJK_FAMILY.isEmpty() || sans.canDisplayUpTo(text) == -1) {
            return sans;
        }
        return new Font(CJK_FAMILY.get(), style, size);
    }

    /** The frame colour of a type; grey for unknown types. */
    public static Color typeColour(String type) {
        return TYPE_COLOURS.getOrDefault(type, new Color(0xB0, 0xB0, 0xB0));
    }

    private static void drawFrame(Graphics2D g, CatalogueCard card, int w, int h) {
        g.setColor(BORDER);
        g.fillRect(0, 0, w, h);
        Color type = typeColour(card.primaryType());
        int inset = (int) Math.round(0.04 * w);
        g.setColor(type);
        g.fill(new RoundRectangle2D.Double(inset, inset, w - 2.0 * inset, h - 2.0 * inset, w * 0.04, w * 0.04));
        // A pale panel under the text keeps text legible on dark types, like printed cards.
        g.setColor(blend(type, Color.WHITE, 0.72));
        Rectangle text = CardLayout.TEXT.in(w, h);
        g.fillRect(text.x - 3, text.y - 3, text.width + 6, (int) (0.955 * h) - text.y);
    }

    private static void drawNameBar(Graphics2D g, CatalogueCard card, Rectangle r, int h) {
        g.setColor(Color.BLACK);
        String label = card.category().equals("Pokemon") ? card.name() : card.category().toUpperCase() + " " + card.name();
        g.setFont(font(label, Font.BOLD, Math.max(8, (int) Math.round(0.045 * h))));
        FontMetrics m = g.getFontMetrics();
        String hp = card.hp() > 0 ? "HP " + card.hp() : "";
        int hpWidth = m.stringWidth(hp);
        g.drawString(fit(label, m, r.width - hpWidth - 6), r.x, r.y + r.height - m.getDescent());
        g.setColor(new Color(0xB0, 0x10, 0x10));
        g.drawString(hp, r.x + r.width - hpWidth, r.y + r.height - m.getDescent());
    }

    private void drawArt(Graphics2D g, CatalogueCard card, Rectangle r) {
        Color type = typeColour(card.primaryType());
        g.setColor(blend(type, Color.WHITE, 0.55));
        g.fillRect(r.x, r.y, r.width, r.height);
        Optional<BufferedImage> art = card.dexIds().isEmpty() ? Optional.empty() : artwork(card.dexIds().get(0));
        if (art.isPresent()) {
            BufferedImage image = art.get();
            double scale = Math.min(r.width / (double) image.getWidth(), r.height / (double) image.getHeight());
            int aw = (int) Math.round(image.getWidth() * scale);
            int ah = (int) Math.round(image.getHeight() * scale);
            g.drawImage(image, r.x + (r.width - aw) / 2, r.y + (r.height - ah) / 2, aw, ah, null);
        } else {
            drawPattern(g, card, r, type);
        }
        g.setColor(blend(type, Color.BLACK, 0.5));
        g.setStroke(new BasicStroke(Math.max(1f, r.width / 120f)));
        g.drawRect(r.x, r.y, r.width, r.height);
    }

    private static void drawPattern(Graphics2D g, CatalogueCard card, Rectangle r, Color type) {
        // Seeded by name and type so that reprints of a trainer share their pattern.
        Random random = new Random((card.name() + "|" + card.primaryType() + "|" + card.category()).hashCode());
        java.awt.Shape clip = g.getClip();
        g.clipRect(r.x, r.y, r.width, r.height);
        for (int i = 0; i < 14; i++) {
            g.setColor(blend(type, random.nextBoolean() ? Color.WHITE : Color.BLACK, random.nextDouble() * 0.7));
            double size = r.width * (0.15 + random.nextDouble() * 0.5);
            double x = r.x + random.nextDouble() * r.width - size / 2;
            double y = r.y + random.nextDouble() * r.height - size / 2;
            switch (random.nextInt(3)) {
                case 0 -> g.fill(new Ellipse2D.Double(x, y, size, size));
                case 1 -> g.fillRect((int) x, (int) y, (int) size, (int) (size * 0.4));
                default -> {
                    g.setStroke(new BasicStroke((float) (size / 10)));
                    g.drawLine((int) x, (int) y, (int) (x + size), (int) (y + size * (random.nextDouble() - 0.5)));
                }
            }
        }
        g.setClip(clip);
    }

    private static void drawText(Graphics2D g, CatalogueCard card, Rectangle r, int h) {
        StringBuilder all = new StringBuilder(card.text());
        card.attacks().forEach(a -> all.append(a.name()).append(a.effect()));
        Font titleFont = font(all.toString(), Font.BOLD, Math.max(6, (int) Math.round(0.032 * h)));
        Font bodyFont = font(all.toString(), Font.PLAIN, Math.max(5, (int) Math.round(0.021 * h)));
        int y = r.y;
        int bottom = r.y + r.height;
        List<CatalogueCard.Attack> lines = new ArrayList<>(card.attacks());
        if (lines.isEmpty() && !card.text().isEmpty()) {
            lines.add(new CatalogueCard.Attack("", "", card.text()));
        }
        for (CatalogueCard.Attack attack : lines) {
            if (!attack.name().isEmpty()) {
                g.setFont(titleFont);
                FontMetrics m = g.getFontMetrics();
                y += m.getAscent();
                if (y > bottom) {
                    return;
                }
                g.setColor(Color.BLACK);
                int damageWidth = m.stringWidth(attack.damage());
                g.drawString(fit(attack.name(), m, r.width - damageWidth - 8), r.x, y);
                g.drawString(attack.damage(), r.x + r.width - damageWidth, y);
                y += m.getDescent();
            }
            g.setFont(bodyFont);
            FontMetrics m = g.getFontMetrics();
            for (String line : wrap(attack.effect(), m, r.width)) {
                y += m.getHeight();
                if (y > bottom) {
                    return;
                }
                g.setColor(new Color(0x20, 0x20, 0x20));
                g.drawString(line, r.x, y);
            }
            y += m.getHeight() / 2;
        }
    }

    private static void drawBottomStrip(Graphics2D g, CatalogueCard card, int w, int h) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(6, (int) Math.round(0.040 * h)));
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        Rectangle set = CardLayout.SET_CODE.in(w, h);
        int baseline = set.y + (set.height + m.getAscent()) / 2 - 1;
        // Set symbol: shape and colour derived from the set id, as each real set has its own.
        int hash = card.setId().hashCode();
        Random random = new Random(hash);
        g.setColor(Color.getHSBColor(random.nextFloat(), 0.8f, 0.55f));
        int s = (int) (set.height * 0.8);
        int sx = set.x + 2;
        int sy = set.y + (set.height - s) / 2;
        switch (Math.floorMod(hash, 4)) {
            case 0 -> g.fill(new Ellipse2D.Double(sx, sy, s, s));
            case 1 -> g.fillRect(sx, sy, s, s);
            case 2 -> g.fillPolygon(new Polygon(new int[]{sx + s / 2, sx + s, sx}, new int[]{sy, sy + s, sy + s}, 3));
            default -> g.fillPolygon(new Polygon(new int[]{sx + s / 2, sx + s, sx + s / 2, sx},
                    new int[]{sy, sy + s / 2, sy + s, sy + s / 2}, 4));
        }
        g.setColor(Color.BLACK);
        g.drawString(fit(card.setCode(), m, set.width - s - 6), sx + s + 4, baseline);
        Rectangle number = CardLayout.NUMBER.in(w, h);
        g.drawString(fit(card.collectorNumber(), m, number.width), number.x + 2, baseline);
        Rectangle rarity = CardLayout.RARITY.in(w, h);
        drawRarity(g, card.rarity(), rarity);
    }

    private static void drawRarity(Graphics2D g, String rarity, Rectangle r) {
        int s = (int) (r.height * 0.7);
        int x = r.x + (r.width - s) / 2;
        int y = r.y + (r.height - s) / 2;
        String lower = rarity.toLowerCase();
        g.setColor(Color.BLACK);
        if (lower.contains("common") && !lower.contains("uncommon")) {
            g.fill(new Ellipse2D.Double(x, y, s, s));
        } else if (lower.contains("uncommon")) {
            g.fillPolygon(new Polygon(new int[]{x + s / 2, x + s, x + s / 2, x}, new int[]{y, y + s / 2, y + s, y + s / 2}, 4));
        } else if (!lower.isEmpty() && !lower.equals("none")) {
            int[] xs = new int[10];
            int[] ys = new int[10];
            for (int i = 0; i < 10; i++) {
                double radius = i % 2 == 0 ? s / 2.0 : s / 5.0;
                double angle = -Math.PI / 2 + i * Math.PI / 5;
                xs[i] = (int) Math.round(x + s / 2.0 + radius * Math.cos(angle));
                ys[i] = (int) Math.round(y + s / 2.0 + radius * Math.sin(angle));
            }
            g.fillPolygon(xs, ys, 10);
        }
    }

    /**
     * Lets the pre-scaled artwork go: ~0.46 MB per Pokémon, 0.3 GB for the 650 of the demo's art, the largest
     * holder of a first start's heap after its index build (issue 21). The build draws every card and needs
     * it all; recognitions afterwards draw a few candidates each and read theirs again on demand.
     */
    public void forgetArtwork() {
        artCache.clear();
    }

    private Optional<BufferedImage> artwork(int dexId) {
        return artCache.computeIfAbsent(Integer.toString(dexId), key -> {
            Path file = artDirectory.resolve(key + ".png");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                // Pre-scaled once: drawing a 320 px image 55k times dominates the index build otherwise.
                BufferedImage image = ImageIO.read(file.toFile());
                if (image == null) {
                    return Optional.empty();
                }
                Rectangle box = CardLayout.ART.in(CardLayout.CANONICAL_WIDTH * 2, CardLayout.CANONICAL_HEIGHT * 2);
                int size = Math.min(box.width, box.height);
                BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = scaled.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.drawImage(image, 0, 0, size, size, null);
                g.dispose();
                return Optional.of(scaled);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "unreadable artwork " + file, e);
                return Optional.empty();
            }
        });
    }

    static String fit(String text, FontMetrics m, int width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && m.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static List<String> wrap(String text, FontMetrics m, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (m.stringWidth(candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    /** Shapes and text drawn smooth, as a printed card is; every render starts here. */
    private static Graphics2D antialiased(BufferedImage face) {
        Graphics2D g = face.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }
}
