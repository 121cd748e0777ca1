package io.cardvault.adapter.out.sources.fab;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Legality;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real Flesh and Blood export from ../shared/data (never copied into the repository). */
class FabCatalogueSourceTest {

    static final Path DATA = Path.of(System.getenv().getOrDefault("CARDVAULT_CATALOGUE_DIR", "../../shared/data/catalogue"));

    private static String game;
    private static List<CardSet> sets;
    private static List<SourceRow> rows;
    private static Map<String, SourceRow.Parsed> parsed;

    @BeforeAll
    static void readTheExport() {
        try (CatalogueFeed feed = new FabCatalogueSource(DATA).open("fab").orElseThrow()) {
            game = feed.gameSlug();
            sets = feed.sets();
            rows = feed.rows().toList();
        }
        parsed = rows.stream().filter(SourceRow.Parsed.class::isInstance).map(SourceRow.Parsed.class::cast)
                .collect(Collectors.toMap(SourceRow::rowId, Function.identity()));
    }

    @Test
    void theExport_isFleshAndBloodWithEverySetItsPrintingsName() {
        assertThat(game).isEqualTo("flesh-and-blood");
        assertThat(sets).hasSize(101);
        assertThat(rows).allMatch(SourceRow.Parsed.class::isInstance);
        assertThat(sets).extracting(set -> set.key().externalId()).contains("WTR", "MON", "MST");
    }

    @Test
    void rowsOfASet_comeTogether() {
        Set<String> finished = new LinkedHashSet<>();
        String current = null;
        for (SourceRow row : rows) {
            String set = ((SourceRow.Parsed) row).setExternalId();
            if (!set.equals(current)) {
                assertThat(finished.add(set)).as("set %s comes back later", set).isTrue();
                current = set;
            }
        }
    }

    @Test
    void enlightenedStrikeOfWelcomeToRathe_hasItsAlphaAndUnlimitedRunsInNormalAndRainbowFoil() {
        SourceRow.Parsed row = parsed.get("WTR159:enlightened-strike-red");
        assertThat(row.setExternalId()).isEqualTo("WTR");
        Card card = row.card();
        assertThat(card.number().printed()).isEqualTo("WTR159");
        assertThat(card.facts().rarity()).isEqualTo("Majestic");
        assertThat(card.crossReferences().tcgplayerProductId()).isEqualTo(225229L);
        assertThat(card.printings()).extracting(Printing::printRun)
                .containsExactlyInAnyOrder(PrintRun.FIRST_EDITION, PrintRun.UNLIMITED);
        for (Printing printing : card.printings()) {
            assertThat(printing.variants()).extracting(Variant::key).containsExactly("normal", "holofoil|foil:rainbow");
            assertThat(printing.variants()).allMatch(variant -> variant.crossReferences().tcgplayerProductId() == 225229L);
        }
    }

    @Test
    void coldFoilFullArt_isAHolofoilVariantWithPatternAndLabel() {
        Card card = parsed.get("HNT003:arakni-black-widow").card();
        Printing unlimited = card.printing(card.printings().get(0).language(), PrintRun.UNLIMITED).orElseThrow();
        assertThat(unlimited.variants()).extracting(Variant::key)
                .containsExactly("normal", "holofoil|foil:cold|label:full-art");
        Variant cold = unlimited.variant("holofoil|foil:cold|label:full-art").orElseThrow();
        assertThat(cold.finish()).isEqualTo(Finish.HOLOFOIL);
        assertThat(cold.crossReferences().tcgplayerProductId()).isEqualTo(606681L);
    }

    @Test
    void legalities_comeFromLegalRestrictedAndBannedFormats() {
        Card card = parsed.get("MST131:10000-year-reunion-red").card();
        assertThat(card.legalities().in("classic-constructed")).contains(Legality.LEGAL);
        assertThat(card.legalities().in("blitz")).contains(Legality.LEGAL);
    }

    @Test
    void welcomeToRathe_isDatedByItsRelease() {
        CardSet wtr = sets.stream().filter(set -> set.key().externalId().equals("WTR")).findFirst().orElseThrow();
        assertThat(wtr.displayName()).isEqualTo("Welcome to Rathe");
        assertThat(wtr.releaseDate()).hasToString("2019-10-11");
        assertThat(sets.stream().filter(CardSet::promo).map(set -> set.displayName())).contains("Promos");
    }
}
