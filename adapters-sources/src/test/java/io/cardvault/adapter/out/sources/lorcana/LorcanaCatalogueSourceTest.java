package io.cardvault.adapter.out.sources.lorcana;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Lorcana data in ../shared. */
class LorcanaCatalogueSourceTest {

    static final Path DATA = Path.of(System.getenv().getOrDefault("CARDVAULT_CATALOGUE_DIR", "../../shared/data/catalogue"));

    private static List<CardSet> sets;
    private static List<SourceRow> rows;

    @BeforeAll
    static void readTheData() {
        try (CatalogueFeed feed = new LorcanaCatalogueSource(DATA).open("lorcana").orElseThrow()) {
            assertThat(feed.gameSlug()).isEqualTo("lorcana");
            sets = feed.sets();
            rows = feed.rows().toList();
        }
    }

    @Test
    void expansions_take_names_and_dates_from_the_set_list_and_promo_series_are_promo_sets() {
        CardSet first = set("tfc");
        assertThat(first.code()).isEqualTo("TFC");
        assertThat(first.names().in(Language.ENGLISH)).contains("The First Chapter");
        assertThat(first.names().in(Language.of("de"))).contains("Das Erste Kapitel");
        assertThat(first.releaseDate()).hasToString("2023-09-01");
        assertThat(first.officialCount()).isEqualTo(204);
        assertThat(first.promo()).isFalse();
        assertThat(set("p1").promo()).isTrue();
        assertThat(sets).hasSize(23);
    }

    @Test
    void ariel_has_her_dreamborn_id_her_names_and_a_printing_per_language_with_ravensburgers_id() {
        Card ariel = card("001-001");

        assertThat(ariel.number().printed()).isEqualTo("1/204");
        assertThat(ariel.nameIn(Language.ENGLISH)).contains("Ariel - On Human Legs");
        assertThat(ariel.nameIn(Language.of("de"))).contains("Arielle - Auf menschlichen Beinen");
        assertThat(ariel.nameIn(Language.JAPANESE)).contains("アリエル - 人間にはなれたけど");
        assertThat(ariel.crossReferences()).isEqualTo(CrossReferences.lorcana("001-001", "1/204 EN 1"));
        // no Italian name in the data: no Italian printing, though Ravensburger lists an id
        assertThat(ariel.printings()).extracting(printing -> printing.language().code())
                .containsExactly("en", "fr", "de", "zh", "ja");
        Printing german = ariel.printingsIn(Language.of("de")).get(0);
        assertThat(german.variants()).extracting(Variant::key).containsExactly("normal", "holofoil");
        assertThat(german.variants()).extracting(variant -> variant.crossReferences().ravensburgerId())
                .containsOnly("1/204 DE 1");
    }

    @Test
    void promos_print_their_series_in_the_number_and_enchanted_cards_come_only_in_foil() {
        Card pegasus = card("009-C2-005");
        assertThat(pegasus.number().printed()).isEqualTo("5/C2");
        Card enchanted = rows.stream().filter(SourceRow.Parsed.class::isInstance).map(row -> ((SourceRow.Parsed) row).card())
                .filter(card -> "Enchanted".equals(card.facts().rarity())).findFirst().orElseThrow();
        assertThat(enchanted.printings()).flatExtracting(Printing::variants).extracting(Variant::key).containsOnly("holofoil");
    }

    @Test
    void rows_come_grouped_by_set_and_bad_rows_name_their_id() {
        List<String> order = new ArrayList<>();
        rows.stream().filter(SourceRow.Parsed.class::isInstance).map(row -> ((SourceRow.Parsed) row).setExternalId())
                .forEach(set -> {
                    if (order.isEmpty() || !order.get(order.size() - 1).equals(set)) {
                        order.add(set);
                    }
                });
        assertThat(order).doesNotHaveDuplicates();
        assertThat(rows.stream().filter(SourceRow.Parsed.class::isInstance).count()).isGreaterThan(3_100);
        // fab 108 (Maleficent - Monstrous Dragon) is listed twice: the import reports the second as a duplicate id
        assertThat(rows).filteredOn(SourceRow.Parsed.class::isInstance).extracting(SourceRow::rowId)
                .filteredOn("009-108"::equals).hasSize(2);
        assertThat(rows).filteredOn(SourceRow.Unreadable.class::isInstance).extracting(SourceRow::rowId)
                .allSatisfy(id -> assertThat(id).isNotBlank());
    }

    private static CardSet set(String code) {
        return sets.stream().filter(set -> set.key().externalId().equals(code)).findFirst().orElseThrow();
    }

    private static Card card(String dreamborn) {
        return rows.stream().filter(row -> row instanceof SourceRow.Parsed parsed && parsed.card().externalId().equals(dreamborn))
                .map(row -> ((SourceRow.Parsed) row).card()).findFirst().orElseThrow();
    }
}
