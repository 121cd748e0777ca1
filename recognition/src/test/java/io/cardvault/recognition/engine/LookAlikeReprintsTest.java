package io.cardvault.recognition.engine;

import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.synth.CatalogueReader;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import io.cardvault.recognition.synth.SyntheticPhoto;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27's look-alike case on the real tcgdex rows: every card drawn with Charizard's artwork in
 * both catalogues (Japanese, Chinese and English printings, promos among them) next to the first
 * cards of each catalogue, and framed photos of several of them. Their faces differ in name,
 * HP, attacks and the strip only, so the strip read has to pick the printing.
 */
class LookAlikeReprintsTest {

    private static final Path CATALOGUES = Path.of("../../shared/data/catalogue");
    private static final int CHARIZARD = 6;
    /** Framed by the user: a slight tilt and perspective, a little blur and noise, JPEG 75. */
    private static final PhotoSettings FRAMED = new PhotoSettings(960, 720, 8, 0, 0.75, 0.85, 0.03, 30, 2, 0.6, 0,
            0.06, 3, 75, 75);

    private static List<CatalogueCard> cards;
    private static CardRecognizer recognizer;

    @BeforeAll
    static void indexCharizardsAmongOtherCards() {
        cards = new ArrayList<>();
        for (String catalogue : List.of("tcgdex-asia", "tcgdex-en")) {
            List<CatalogueCard> all = CatalogueReader.read(CATALOGUES.resolve(catalogue));
            all.stream().filter(c -> !c.dexIds().isEmpty() && c.dexIds().get(0) == CHARIZARD).forEach(cards::add);
            java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 12 == 0).mapToObj(all::get)
                    .filter(c -> c.dexIds().isEmpty() || c.dexIds().get(0) != CHARIZARD).forEach(cards::add);
        }
        ReferenceIndex index = ReferenceIndex.build(cards, TestCards.renderer(), 2);
        recognizer = new CardRecognizer(index, TestCards.renderer(), RecognitionSettings.defaults(),
                TextReader.create());
    }

    private static CatalogueCard card(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static CardRecognition photographed(CatalogueCard card, long seed) {
        SyntheticPhoto photo = new PhotoSynthesizer(FRAMED)
                .generate(TestCards.renderer().render(card, 630, 880), new Random(seed));
        return recognizer.recognize(Mats.decode(photo.jpeg()));
    }

    @Test
    void the_index_holds_well_over_a_hundred_printings_drawn_with_charizards_artwork() {
        long charizards = cards.stream().filter(c -> c.dexIds().size() > 0 && c.dexIds().get(0) == CHARIZARD).count();

        assertThat(charizards).isGreaterThan(140);
        assertThat(card("web1-042").collectorNumber()).isEqualTo("042/48");
        assertThat(card("web1-042").setCode()).isEqualTo("WEB1");
    }

    @Test
    void a_framed_photo_of_web1_042_is_answered_as_web1_042_with_high_confidence() {
        CardRecognition result = photographed(card("web1-042"), 27);

        assertThat(result.best().orElseThrow().cardId()).isEqualTo("web1-042");
        assertThat(result.confidence()).isEqualTo(ConfidenceBucket.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"smp-SM60", "SM3H-011", "base1-4", "base4-4", "base5-4", "S-P-103", "SV2a-006", "sv03-125",
            "swshp-SWSH050", "E1-071", "neo4-025"})
    void each_printing_drawn_with_the_same_artwork_is_named_by_its_strip(String id) {
        CardRecognition result = photographed(card(id), id.hashCode());

        assertThat(result.best().orElseThrow().cardId()).isEqualTo(id);
        assertThat(result.confidence().needsConfirmation()).isFalse();
    }
}
