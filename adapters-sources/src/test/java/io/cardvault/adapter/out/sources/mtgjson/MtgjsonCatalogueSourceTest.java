package io.cardvault.adapter.out.sources.mtgjson;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.Legality;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real MTGJSON extract from ../shared/data (never copied into the repository), once. */
class MtgjsonCatalogueSourceTest {

    static final Path DATA = Path.of(System.getenv().getOrDefault("CARDVAULT_CATALOGUE_DIR", "../../shared/data/catalogue"));
    private static final String BLACK_LOTUS = "d4d8c9f9-31ed-53ed-ab67-eba86e2198fe";
    private static final String ANGELIC_CURATOR_MH2 = "bdf5a083-643a-5f6f-8bc9-0236b35d0a2e";
    private static final String ANCESTORS_CHOSEN_10E = "5f8287b1-5bb6-5f4c-ad17-316a40d5bb0c";
    private static final String DELVER_FRONT = "88d06769-564f-5474-a0a4-50b95b409224";
    private static final String DELVER_BACK = "ba2cd594-ce42-589e-b166-5509ab0cd60f";

    private static final Map<String, SourceRow.Parsed> WANTED = new HashMap<>();
    private static final AtomicInteger CARDS = new AtomicInteger();
    private static final AtomicInteger UNREADABLE = new AtomicInteger();
    private static List<CardSet> sets;
    private static String game;

    @BeforeAll
    static void readTheWholeDumpOnce() {
        Set<String> wanted = Set.of(BLACK_LOTUS, ANGELIC_CURATOR_MH2, ANCESTORS_CHOSEN_10E, DELVER_FRONT, DELVER_BACK);
        try (CatalogueFeed feed = new MtgjsonCatalogueSource(DATA).open("mtgjson").orElseThrow()) {
            game = feed.gameSlug();
            sets = feed.sets();
            feed.rows().forEach(row -> {
                if (row instanceof SourceRow.Parsed parsed) {
                    CARDS.incrementAndGet();
                    if (wanted.contains(parsed.rowId())) {
                        WANTED.put(parsed.rowId(), parsed);
                    }
                } else {
                    UNREADABLE.incrementAndGet();
                }
            });
        }
    }

    @Test
    void theDump_isMagicWithItsSetsAndOneCardPerPhysicalCard() {
        assertThat(game).isEqualTo("mtg");
        assertThat(sets).hasSize(579);
        // 59,634 printing rows, of which 2,002 are faces of multi-face cards: their 1,000 first faces stand for them
        assertThat(CARDS.get()).isEqualTo(59_634 - 2_002 + 1_000);
        assertThat(UNREADABLE.get()).isZero();
    }

    @Test
    void blackLotusOfAlpha_carriesItsTcgplayerCardmarketScryfallAndMtgjsonIds() {
        SourceRow.Parsed row = WANTED.get(BLACK_LOTUS);
        assertThat(row.setExternalId()).isEqualTo("LEA");
        Card card = row.card();
        assertThat(card.number().printed()).isEqualTo("232");
        assertThat(card.nameIn(Language.ENGLISH)).contains("Black Lotus");
        assertThat(card.crossReferences()).isEqualTo(new CrossReferences(5465L, 1042L, null,
                UUID.fromString(BLACK_LOTUS), UUID.fromString("b0faa7f2-b547-42c4-a810-839da50dadfe"), null));
        assertThat(card.printings()).singleElement().satisfies(printing -> {
            assertThat(printing.language()).isEqualTo(Language.ENGLISH);
            assertThat(printing.printRun()).isEqualTo(PrintRun.UNLIMITED);
            assertThat(printing.variants()).extracting(Variant::key).containsExactly("normal");
            assertThat(printing.variants().get(0).crossReferences().tcgplayerProductId()).isEqualTo(1042L);
        });
        assertThat(card.legalities().in("vintage")).contains(Legality.RESTRICTED);
        assertThat(card.legalities().in("legacy")).contains(Legality.BANNED);
        assertThat(card.legalities().in("modern")).isEmpty();
    }

    @Test
    void alphaSet_isACoreSetWithTcgplayerGroupAndNoPrintedTotalInItsNumbers() {
        CardSet alpha = sets.stream().filter(set -> set.key().externalId().equals("LEA")).findFirst().orElseThrow();
        assertThat(alpha.displayName()).isEqualTo("Limited Edition Alpha");
        assertThat(alpha.releaseDate()).hasToString("1993-08-05");
        assertThat(alpha.crossReferences().tcgplayerProductId()).isEqualTo(7L);
        assertThat(alpha.promo()).isFalse();
    }

    @Test
    void etchedFinish_isAVariantOfItsOwnWithTcgplayersEtchedProduct() {
        Printing printing = WANTED.get(ANGELIC_CURATOR_MH2).card().printings().get(0);
        assertThat(printing.variants()).extracting(Variant::finish)
                .containsExactly(Finish.NORMAL, Finish.HOLOFOIL, Finish.ETCHED);
        assertThat(printing.variant("holofoil").orElseThrow().crossReferences().tcgplayerProductId()).isEqualTo(240433L);
        assertThat(printing.variant("etched").orElseThrow().crossReferences().tcgplayerProductId()).isEqualTo(240797L);
        assertThat(printing.variant("etched").orElseThrow().crossReferences().cardmarketProductId()).isEqualTo(566933L);
    }

    @Test
    void foreignNames_areNamesOfTheCardInTheirLanguages() {
        Card card = WANTED.get(ANCESTORS_CHOSEN_10E).card();
        assertThat(card.nameIn(Language.of("de"))).contains("Ausgewählter der Ahnfrau");
        assertThat(card.nameIn(Language.JAPANESE)).contains("祖神に選ばれし者");
        assertThat(card.nameIn(Language.of("pt-br"))).contains("Eleito da Ancestral");
        assertThat(card.nameIn(Language.of("zh-cn"))).contains("祖灵的爱民");
        assertThat(card.printings()).extracting(Printing::language).containsExactly(Language.ENGLISH);
    }

    @Test
    void multiFaceCard_isItsFrontFaceWithTheFullName() {
        assertThat(WANTED).containsKey(DELVER_FRONT).doesNotContainKey(DELVER_BACK);
        assertThat(WANTED.get(DELVER_FRONT).card().nameIn(Language.ENGLISH))
                .contains("Delver of Secrets // Insectile Aberration");
    }
}
