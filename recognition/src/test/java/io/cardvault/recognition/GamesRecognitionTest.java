package io.cardvault.recognition;

import io.cardvault.application.port.out.CardRecognitionPort;
import io.cardvault.application.port.out.recognition.CardPhoto;
import io.cardvault.application.port.out.recognition.CardRecognition;
import io.cardvault.application.port.out.recognition.RecognitionCandidate;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.recognition.catalogue.CatalogueCard;
import io.cardvault.recognition.catalogue.GameCatalogues;
import io.cardvault.recognition.engine.RecognitionSettings;
import io.cardvault.recognition.engine.ReferenceIndex;
import io.cardvault.recognition.render.CardFaceRenderer;
import io.cardvault.recognition.synth.PhotoSettings;
import io.cardvault.recognition.synth.PhotoSynthesizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognition of the games without artwork, on real catalogue rows: for each of Magic, Yu-Gi-Oh!,
 * Flesh and Blood and Lorcana, a name printed in several sets (same name, same text-only face but
 * for the collector line) and a dozen other cards of that game, beside Pokémon cards with artwork.
 * A clean synthetic photo of one printing must be answered with that printing, {@code medium}
 * (its name and number agree; a text-only face is never {@code high}), and {@code tcg_slug}
 * restricts the answer to one game. Photos and seeds are fixed: over more seeds a text-only face is
 * now and then taken a half turn off (a turned text-only face still verifies with ORB) or a reprint's
 * number misread, and then answered {@code low}, never {@code high}.
 */
class GamesRecognitionTest {

    private static final CardFaceRenderer RENDERER = new CardFaceRenderer(Path.of("../../shared/data/art"));
    /** The name printed in several sets, per game: real reprints of the dumps. */
    private static final Map<String, String> REPRINTED = Map.of("mtg", "Shivan Dragon", "yugioh", "Blue-Eyes White Dragon",
            "flesh-and-blood", "Enlightened Strike", "lorcana", "Stitch - Rock Star");
    private static final Map<String, List<CatalogueCard>> PRINTINGS = new HashMap<>();
    private static final List<CatalogueCard> CATALOGUE = new ArrayList<>();
    private static CardRecognitionPort engine;

    @BeforeAll
    static void indexFourGamesBesidePokemon() {
        Map<String, List<CatalogueCard>> games = Map.of("mtg", GameCatalogues.mtg(GameCatalogues.DATA),
                "yugioh", GameCatalogues.yugioh(GameCatalogues.DATA), "flesh-and-blood", GameCatalogues.fleshAndBlood(GameCatalogues.DATA),
                "lorcana", GameCatalogues.lorcana(GameCatalogues.DATA));
        for (String game : List.of("mtg", "yugioh", "flesh-and-blood", "lorcana")) {
            List<CatalogueCard> cards = games.get(game);
            // English printings with distinct numbers, in a fixed order: up to five of the reprinted name.
            List<CatalogueCard> printings = cards.stream().filter(c -> c.name().equals(REPRINTED.get(game)) && c.language().equals("en"))
                    .collect(Collectors.toMap(CatalogueCard::localId, c -> c, (a, b) -> a)).values().stream()
                    .sorted(Comparator.comparing(CatalogueCard::id)).limit(5).toList();
            assertThat(printings).as("printings of %s", REPRINTED.get(game)).hasSizeGreaterThanOrEqualTo(2);
            PRINTINGS.put(game, printings);
            CATALOGUE.addAll(printings);
            List<CatalogueCard> others = cards.stream().filter(c -> !c.name().equals(REPRINTED.get(game)))
                    .collect(Collectors.toMap(CatalogueCard::name, c -> c, (a, b) -> a)).values().stream()
                    .sorted(Comparator.comparing(CatalogueCard::id)).limit(12).toList();
            CATALOGUE.addAll(others);
        }
        for (int i = 0; i < 8; i++) {
            CATALOGUE.add(new CatalogueCard("pk-" + i, Integer.toString(i + 1), "base1", "BS", 102, "Monster " + i, "en",
                    60 + 10 * i, List.of(i % 2 == 0 ? "Fire" : "Water"), "Rare", "Pokemon", List.of(1 + 9 * i), List.of(), ""));
        }
        engine = RecognitionEngines.fromIndex(ReferenceIndex.build(CATALOGUE, RENDERER, 1), RENDERER,
                RecognitionSettings.defaults(), true);
    }

    private static CardPhoto photoOf(CatalogueCard card, long seed) {
        return new CardPhoto(new PhotoSynthesizer(PhotoSettings.clean())
                .generate(RENDERER.render(card, 630, 880), new Random(seed)).jpeg());
    }

    private static String gameOf(String cardId) {
        return CATALOGUE.stream().filter(c -> c.id().equals(cardId)).findFirst().orElseThrow().game();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mtg", "yugioh", "flesh-and-blood", "lorcana"})
    void a_printing_is_told_from_its_reprints_by_its_collector_line_and_answered_medium(String game) {
        CatalogueCard pictured = PRINTINGS.get(game).get(0);

        CardRecognition recognition = engine.recognize(photoOf(pictured, 5), Optional.of(game)).orElseThrow();

        RecognitionCandidate best = recognition.best().orElseThrow();
        assertThat(best.cardId()).isEqualTo(pictured.id());
        assertThat(best.confidence()).isEqualTo(ConfidenceBucket.MEDIUM);
        assertThat(recognition.candidates()).extracting(RecognitionCandidate::cardId)
                .containsAnyElementsOf(PRINTINGS.get(game).stream().filter(c -> c != pictured).map(CatalogueCard::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mtg", "yugioh", "flesh-and-blood", "lorcana"})
    void without_tcg_slug_every_game_is_searched_and_a_text_only_answer_is_never_high(String game) {
        CatalogueCard pictured = PRINTINGS.get(game).get(1);

        CardRecognition recognition = engine.recognize(photoOf(pictured, 5)).orElseThrow();

        assertThat(recognition.best().orElseThrow().cardId()).isEqualTo(pictured.id());
        assertThat(recognition.candidates()).filteredOn(c -> !gameOf(c.cardId()).equals("pokemon"))
                .extracting(RecognitionCandidate::confidence).doesNotContain(ConfidenceBucket.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mtg", "yugioh", "flesh-and-blood", "lorcana"})
    void tcg_slug_of_another_game_never_answers_a_card_of_the_pictured_game(String game) {
        CatalogueCard pictured = PRINTINGS.get(game).get(0);

        CardRecognition asPokemon = engine.recognize(photoOf(pictured, 3), Optional.of("pokemon")).orElseThrow();
        CardRecognition asUnindexed = engine.recognize(photoOf(pictured, 3), Optional.of("riftbound")).orElseThrow();

        assertThat(asPokemon.candidates()).isNotEmpty().extracting(c -> gameOf(c.cardId())).containsOnly("pokemon");
        assertThat(asPokemon.confidence()).isIn(ConfidenceBucket.LOW, ConfidenceBucket.CONFLICT);
        assertThat(asUnindexed.candidates()).isEmpty();
    }
}
