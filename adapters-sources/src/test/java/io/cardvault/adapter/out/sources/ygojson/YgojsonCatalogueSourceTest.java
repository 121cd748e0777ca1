package io.cardvault.adapter.out.sources.ygojson;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real YGOJSON dump in ../shared, read once for all assertions. */
class YgojsonCatalogueSourceTest {

    static final Path DATA = Path.of(System.getenv().getOrDefault("CARDVAULT_CATALOGUE_DIR", "../../shared/data/catalogue"));
    /** Legend of Blue Eyes White Dragon, the first TCG set, with its twelve regional releases. */
    private static final String LOB = "240fad99-f00a-41ed-99e9-26656d0d677c";
    private static final String BLUE_EYES = "e0404755-1ade-4c7c-9a2a-b29b7755d860";

    private static List<CardSet> sets;
    private static List<SourceRow> rows;

    @BeforeAll
    static void readTheWholeDump() {
        try (CatalogueFeed feed = new YgojsonCatalogueSource(DATA).open("ygojson").orElseThrow()) {
            assertThat(feed.gameSlug()).isEqualTo("yugioh");
            sets = feed.sets();
            rows = feed.rows().toList();
        }
    }

    @Test
    void the_printed_sets_are_sets_and_digital_only_ones_are_not() {
        assertThat(sets).hasSizeGreaterThan(2_500).hasSizeLessThan(3_224);
        CardSet lob = sets.stream().filter(set -> set.key().externalId().equals(LOB)).findFirst().orElseThrow();
        assertThat(lob.code()).isEqualTo("LOB");
        assertThat(lob.language()).isEqualTo(Language.ENGLISH);
        assertThat(lob.languages()).extracting(Language::code).contains("en", "de", "fr", "it", "es", "pt", "ko");
        assertThat(lob.officialCount()).isNull();
        assertThat(sets).noneMatch(set -> set.names().in(Language.ENGLISH).orElse("").equals("Prehistoric Beast Advance"));
    }

    @Test
    void blue_eyes_in_lob_is_one_card_numbered_lob_en001_with_a_printing_per_language_and_edition() {
        Card blueEyes = card(LOB, BLUE_EYES + ":001");

        assertThat(blueEyes.number().printed()).isEqualTo("LOB-EN001");
        assertThat(blueEyes.printings()).extracting(printing -> printing.language() + "/" + printing.printRun().code())
                .contains("en/unlimited", "en/1st_edition", "de/1st_edition", "de/unlimited", "fr/1st_edition",
                        "es/1st_edition", "pt/1st_edition", "ko/unlimited");
        assertThat(blueEyes.printings()).flatExtracting(Printing::variants).extracting(Variant::key)
                .containsOnly("holofoil|foil:ultra");
        assertThat(blueEyes.facts().rarity()).isEqualTo("Ultra Rare");
        assertThat(blueEyes.facts().category()).isEqualTo("Monster");
        // the Spanish release numbers it LDD-S001: the same slot, so the same card, not a second one
        assertThat(rows).noneMatch(row -> row.rowId().equals(BLUE_EYES + ":DD-S001"));
    }

    @Test
    void blue_eyes_carries_its_names_in_every_language_and_its_konami_and_ygoprodeck_ids() {
        Card blueEyes = card(LOB, BLUE_EYES + ":001");

        assertThat(blueEyes.nameIn(Language.JAPANESE)).contains("青眼の白龍");
        assertThat(blueEyes.nameIn(Language.of("de"))).contains("Blauäugiger w. Drache");
        assertThat(blueEyes.names().byLanguage()).hasSize(10);
        assertThat(blueEyes.crossReferences()).isEqualTo(CrossReferences.yugioh(89631139L, 4007L, "89631139"));
    }

    @Test
    void a_piece_printed_in_many_sets_is_a_card_in_each_with_that_sets_number() {
        Map<String, String> numbersBySet = rows.stream()
                .filter(row -> row instanceof SourceRow.Parsed parsed && parsed.card().externalId().startsWith(BLUE_EYES))
                .map(SourceRow.Parsed.class::cast)
                .collect(Collectors.toMap(parsed -> parsed.setExternalId() + " " + parsed.card().externalId(),
                        parsed -> parsed.card().number().printed()));

        assertThat(numbersBySet).hasSizeGreaterThan(100);
        assertThat(numbersBySet).containsEntry("6faca289-8e32-473d-a8f3-4e562d156359 " + BLUE_EYES + ":001", "LOB-EN001");
        assertThat(numbersBySet.values()).contains("SDK-001", "LOB-EN001");
    }

    @Test
    void nearly_every_row_reads_and_each_bad_row_names_its_card() {
        long parsed = rows.stream().filter(SourceRow.Parsed.class::isInstance).count();
        List<SourceRow.Unreadable> bad = rows.stream().filter(SourceRow.Unreadable.class::isInstance)
                .map(SourceRow.Unreadable.class::cast).toList();

        assertThat(parsed).isGreaterThan(65_000);
        assertThat((long) bad.size()).isLessThan(parsed / 100);
        assertThat(bad).allSatisfy(row -> assertThat(row.rowId()).isNotBlank());
    }

    private static Card card(String setId, String cardId) {
        return rows.stream()
                .filter(row -> row instanceof SourceRow.Parsed parsed && parsed.setExternalId().equals(setId)
                        && parsed.card().externalId().equals(cardId))
                .map(row -> ((SourceRow.Parsed) row).card()).findFirst().orElseThrow();
    }
}
