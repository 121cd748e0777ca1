package io.cardvault.recognition.render;

import io.cardvault.recognition.catalogue.CatalogueCard;
import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Text-only faces of real printings (values from the catalogue dumps), drawn in their game's layout. */
class TextOnlyFacesTest {

    private static final CardFaceRenderer RENDERER = new CardFaceRenderer(Path.of("../../shared/data/art"));
    private static final int W = CardLayout.CANONICAL_WIDTH;
    private static final int H = CardLayout.CANONICAL_HEIGHT;

    /** Shivan Dragon in Magic 2010 (156) and Magic 2014 (154), MTGJSON rows. */
    private static final CatalogueCard SHIVAN_M10 = new CatalogueCard("a91b9680-80f4-5676-ad64-0153775d79cd", "156", "m10",
            "M10", 249, "Shivan Dragon", "en", 0, List.of("Red"), "rare", "Creature", List.of(), List.of(), "", "mtg");
    private static final CatalogueCard SHIVAN_M14 = new CatalogueCard("1674e010-6bac-55d3-8122-718d83f148e3", "154", "m14",
            "M14", 249, "Shivan Dragon", "en", 0, List.of("Red"), "rare", "Creature", List.of(), List.of(), "", "mtg");
    /** Stitch - Rock Star in The First Chapter (23/204) and Into the Inklands' set 9 reprint (3/204). */
    private static final CatalogueCard STITCH_TFC = new CatalogueCard("tfc-23", "23", "tfc", "TFC", 204, "Stitch - Rock Star",
            "en", 0, List.of("Amber"), "Super Rare", "Character", List.of(), List.of(), "", "lorcana");
    private static final CatalogueCard STITCH_FAB = new CatalogueCard("fab-3", "3", "fab", "FAB", 204, "Stitch - Rock Star",
            "en", 0, List.of("Amber"), "Super Rare", "Character", List.of(), List.of(), "", "lorcana");
    /** Blue-Eyes White Dragon in Legend of Blue Eyes and Starter Deck: Kaiba (YGOJSON set numbers). */
    private static final CatalogueCard BLUE_EYES_LOB = new CatalogueCard("bewd:001", "LOB-EN001", "lob", "LOB", 0,
            "Blue-Eyes White Dragon", "en", 0, List.of("light"), "Ultra Rare", "monster", List.of(), List.of(), "", "yugioh");
    private static final CatalogueCard BLUE_EYES_SDK = new CatalogueCard("bewd:sdk001", "SDK-001", "sdk", "SDK", 0,
            "Blue-Eyes White Dragon", "en", 0, List.of("light"), "Ultra Rare", "monster", List.of(), List.of(), "", "yugioh");
    /** Enlightened Strike in Welcome to Rathe (WTR159) and its History Pack reprint, Flesh and Blood printings. */
    private static final CatalogueCard STRIKE_WTR = new CatalogueCard("WTR159:enlightened-strike", "WTR159", "Welcome to Rathe",
            "WTR", 0, "Enlightened Strike", "en", 0, List.of("Generic"), "Majestic", "Action Attack", List.of(), List.of(), "",
            "flesh-and-blood");
    private static final CatalogueCard STRIKE_HP1 = new CatalogueCard("HP1160:enlightened-strike", "HP1160", "History Pack 1",
            "HP", 0, "Enlightened Strike", "en", 0, List.of("Generic"), "Majestic", "Action Attack", List.of(), List.of(), "",
            "flesh-and-blood");

    @Test
    void reprints_of_every_game_differ_only_where_that_game_prints_its_collector_line() {
        for (CatalogueCard[] pair : List.of(new CatalogueCard[]{SHIVAN_M10, SHIVAN_M14}, new CatalogueCard[]{STITCH_TFC, STITCH_FAB},
                new CatalogueCard[]{BLUE_EYES_LOB, BLUE_EYES_SDK}, new CatalogueCard[]{STRIKE_WTR, STRIKE_HP1})) {
            String game = pair[0].game();
            List<Rectangle> collectorLine = List.of(grown(CardLayout.NUMBER.in(game, W, H)), grown(CardLayout.SET_CODE.in(game, W, H)),
                    grown(CardLayout.RARITY.in(game, W, H)));

            Set<String> differing = differingRegions(RENDERER.render(pair[0]), RENDERER.render(pair[1]), collectorLine);

            assertThat(differing).as(game).containsExactly("collector line");
        }
    }

    @Test
    void a_magic_face_prints_its_name_top_left_over_a_flat_art_box_in_its_colour() {
        BufferedImage face = RENDERER.render(SHIVAN_M10);

        Rectangle name = CardLayout.NAME.in("mtg", W, H);
        assertThat(darkPixels(face, new Rectangle(name.x, name.y, name.width / 2, name.height))).isGreaterThan(60);
        assertThat(darkPixels(face, new Rectangle(name.x + name.width * 3 / 4, name.y, name.width / 4, name.height))).isZero();
        Rectangle art = CardLayout.ART.in("mtg", W, H);
        assertThat(colours(face, new Rectangle(art.x + 3, art.y + 3, art.width - 6, art.height - 6))).hasSize(1);
        int rgb = face.getRGB(art.x + art.width / 2, art.y + art.height / 2);
        assertThat((rgb >> 16) & 0xFF).as("red frame").isGreaterThan((rgb >> 8) & 0xFF);
    }

    @Test
    void a_lorcana_face_prints_its_name_on_the_banner_at_mid_height_not_on_top() {
        BufferedImage face = RENDERER.render(STITCH_TFC);

        assertThat(CardLayout.NAME.in("lorcana", W, H).y).isGreaterThan(H / 2);
        assertThat(darkPixels(face, CardLayout.NAME.in("lorcana", W, H))).isGreaterThan(100);
        assertThat(darkPixels(face, CardLayout.NAME.in(W, H))).as("where Pokémon prints its name").isZero();
    }

    @Test
    void a_pokemon_face_is_drawn_as_before_whichever_constructor_made_its_card() {
        CatalogueCard older = new CatalogueCard("base1-4", "4", "base1", "BS", 102, "Charizard", "en", 120, List.of("Fire"),
                "Rare Holo", "Pokemon", List.of(6), List.of(), "");
        CatalogueCard withGame = new CatalogueCard("base1-4", "4", "base1", "BS", 102, "Charizard", "en", 120, List.of("Fire"),
                "Rare Holo", "Pokemon", List.of(6), List.of(), "", "pokemon");

        assertThat(older.game()).isEqualTo("pokemon");
        assertThat(differingRegions(RENDERER.render(older), RENDERER.render(withGame), List.of())).isEmpty();
    }

    @Test
    void game_slugs_pick_their_layout_and_only_pokemon_has_artwork() {
        assertThat(GameLayout.of("fab")).isEqualTo(GameLayout.FLESH_AND_BLOOD);
        assertThat(GameLayout.of("flesh-and-blood")).isEqualTo(GameLayout.FLESH_AND_BLOOD);
        assertThat(GameLayout.of(" MTG ")).isEqualTo(GameLayout.MTG);
        assertThat(GameLayout.of("riftbound")).isEqualTo(GameLayout.OTHER);
        assertThat(List.of(GameLayout.values())).filteredOn(GameLayout::artwork).containsExactly(GameLayout.POKEMON);
        assertThat(CardLayout.NUMBER.in("pokemon", W, H)).isEqualTo(CardLayout.NUMBER.in(W, H));
    }

    /** "collector line" when pixels differ inside {@code allowed}, "elsewhere" when outside it. */
    private static Set<String> differingRegions(BufferedImage a, BufferedImage b, List<Rectangle> allowed) {
        Set<String> where = new HashSet<>();
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    int px = x;
                    int py = y;
                    where.add(allowed.stream().anyMatch(r -> r.contains(px, py)) ? "collector line" : "elsewhere at " + x + "," + y);
                }
            }
        }
        return where.stream().map(w -> w.startsWith("elsewhere") ? "elsewhere" : w).collect(java.util.stream.Collectors.toSet());
    }

    /** A region with the couple of pixels antialiased glyphs spill over. */
    private static Rectangle grown(Rectangle r) {
        return new Rectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
    }

    private static int darkPixels(BufferedImage face, Rectangle r) {
        int dark = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int rgb = face.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 200) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static Set<Integer> colours(BufferedImage face, Rectangle r) {
        Set<Integer> colours = new HashSet<>();
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                colours.add(face.getRGB(x, y));
            }
        }
        return colours;
    }
}
