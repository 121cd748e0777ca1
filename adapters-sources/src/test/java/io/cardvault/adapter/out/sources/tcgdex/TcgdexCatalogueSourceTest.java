package io.cardvault.adapter.out.sources.tcgdex;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Reads the real tcgdex dumps from ../shared/data (never copied into the repository). */
class TcgdexCatalogueSourceTest {

    /** Tests run in the module folder: the shared data sits beside the project root. */
    static final Path DATA = Path.of(System.getenv().getOrDefault("CARDVAULT_CATALOGUE_DIR", "../../shared/data/catalogue"));

    private final TcgdexCatalogueSource source = new TcgdexCatalogueSource(DATA);

    @Test
    void givenUnknownOrForeignFolder_open_isEmpty() {
        assertThat(source.open("tcgdex-nowhere")).isEmpty();
        assertThat(source.open("../etc")).isEmpty();
    }

    @Test
    void givenEnglishDump_sets_describeBaseSet() {
        try (CatalogueFeed feed = source.open("tcgdex-en").orElseThrow()) {
            assertThat(feed.gameSlug()).isEqualTo("pokemon");
            assertThat(feed.sets()).hasSize(206);
            CardSet base = set(feed, "base1");
            assertThat(base.code()).isEqualTo("BS");
            assertThat(base.displayName()).isEqualTo("Base Set");
            assertThat(base.series()).isEqualTo("Base");
            assertThat(base.seriesId()).isEqualTo("base");
            assertThat(base.releaseDate()).isEqualTo(LocalDate.of(1999, 1, 9));
            assertThat(base.officialCount()).isEqualTo(102);
            assertThat(base.language()).isEqualTo(Language.ENGLISH);
            assertThat(base.languages()).extracting(Language::code).contains("en", "fr", "de", "it");
            assertThat(base.promo()).isFalse();
            assertThat(base.crossReferences()).isEqualTo(CrossReferences.marketplaces(1523L, 604L));
            assertThat(set(feed, "svp").promo()).isTrue();
        }
    }

    @Test
    void givenBaseSetCharizard_row_becomesPrintRunsPerLanguageWithVariants() {
        Card charizard = card("tcgdex-en", "base1-4");

        assertThat(charizard.number().printed()).isEqualTo("4/102");
        assertThat(charizard.nameIn(Language.of("de"))).contains("Glurak");
        assertThat(charizard.facts().hp()).isEqualTo(120);
        assertThat(charizard.facts().dexIds()).containsExactly(6);
        assertThat(charizard.facts().evolvesFrom("Charmeleon")).isTrue();
        assertThat(charizard.facts().stage()).isEqualTo("Stage2");
        Printing unlimited = charizard.printing(Language.ENGLISH, PrintRun.UNLIMITED).orElseThrow();
        assertThat(unlimited.variants()).extracting(Variant::key)
                .containsExactly("holofoil", "holofoil|label:1999-2000-copyright");
        assertThat(unlimited.variants().get(0).crossReferences()).isEqualTo(CrossReferences.marketplaces(273699L, 42382L));
        assertThat(charizard.printing(Language.ENGLISH, PrintRun.FIRST_EDITION).orElseThrow().variants())
                .singleElement().satisfies(variant -> {
                    assertThat(variant.finish()).isEqualTo(Finish.HOLOFOIL);
                    // tcgdex names the Shadowless print's Cardmarket product here too: it is not the 1st Edition's
                    assertThat(variant.crossReferences()).isEqualTo(CrossReferences.marketplaces(null, 106999L));
                });
        assertThat(charizard.printing(Language.ENGLISH, PrintRun.SHADOWLESS).orElseThrow().variants())
                .singleElement().satisfies(variant ->
                        assertThat(variant.crossReferences()).isEqualTo(CrossReferences.marketplaces(660224L, 106999L)));
        assertThat(charizard.printing(Language.ENGLISH, PrintRun.SHADOWLESS)).isPresent();
        // French, German and Italian prints exist in their unlimited run, with the plain finish only
        assertThat(charizard.printings()).extracting(Printing::key)
                .containsExactlyInAnyOrder("en|unlimited", "en|1st_edition", "en|shadowless", "fr|unlimited", "de|unlimited", "it|unlimited");
        assertThat(charizard.printing(Language.of("fr"), PrintRun.UNLIMITED).orElseThrow().variants())
                .containsExactly(Variant.plain(Finish.HOLOFOIL));
    }

    @Test
    void givenJapaneseSetCard_row_isPrintedInEveryAsianLanguageItIsNamedIn() {
        try (CatalogueFeed feed = source.open("tcgdex-asia").orElseThrow()) {
            CardSet tripletBeat = set(feed, "SV1a");
            assertThat(tripletBeat.language()).isEqualTo(Language.JAPANESE);
            assertThat(tripletBeat.releaseDate()).isEqualTo(LocalDate.of(2023, 3, 10));
            assertThat(tripletBeat.officialCount()).isEqualTo(73);
            assertThat(tripletBeat.seriesId()).isEqualTo("SV");
            // series.json lists this set's series as an unnamed "null" entry: no id to address pictures by
            assertThat(set(feed, "BW1a").seriesId()).isNull();
        }
        Card tropius = card("tcgdex-asia", "SV1a-001");

        assertThat(tropius.number().printed()).isEqualTo("001/73");
        assertThat(tropius.printings()).extracting(printing -> printing.language().code())
                .containsExactlyInAnyOrder("ja", "zh-tw", "th", "id");
        Printing japanese = tropius.printing(Language.JAPANESE, PrintRun.UNLIMITED).orElseThrow();
        assertThat(japanese.variants()).singleElement()
                .extracting(Variant::crossReferences).isEqualTo(CrossReferences.marketplaces(701036L, 568124L));
        assertThat(tropius.printing(Language.of("th"), PrintRun.UNLIMITED).orElseThrow().variants())
                .containsExactly(Variant.plain(Finish.NORMAL));
    }

    @Test
    void givenJapaneseFirstEditionStampSpelledWithSpace_row_becomesFirstEditionPrinting() {
        Card card = firstCardMatching("tcgdex-asia", "\"1st edition\"");
        assertThat(card.printings()).extracting(Printing::printRun).contains(PrintRun.FIRST_EDITION);
        assertThat(card.printings()).flatExtracting(Printing::variants)
                .allSatisfy(variant -> assertThat(variant.stamps()).noneMatch(stamp -> stamp.marksFirstEdition()));
    }

    @Test
    void givenWholeDumps_rows_everyLineIsEitherACardOrReportedWithItsIdAndReason() throws IOException {
        for (String dump : List.of("tcgdex-en", "tcgdex-asia")) {
            long lines = countLines(DATA.resolve(dump).resolve(TcgdexFeed.CARDS));
            try (CatalogueFeed feed = source.open(dump).orElseThrow()) {
                Map<Boolean, List<SourceRow>> rows = feed.rows()
                        .collect(Collectors.partitioningBy(row -> row instanceof SourceRow.Parsed));
                assertThat(rows.get(true).size() + rows.get(false).size()).as(dump).isEqualTo(lines);
                assertThat(rows.get(false)).as(dump).allSatisfy(row -> {
                    assertThat(row.rowId()).isNotBlank();
                    assertThat(((SourceRow.Unreadable) row).reason()).isNotBlank();
                });
                // the real dumps are almost clean: a handful of fractional dex ids is all that is refused
                assertThat(rows.get(false).size()).as(dump).isLessThan(10);
            }
        }
    }

    private static long countLines(Path gz) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).count();
        }
    }

    private Card card(String dump, String id) {
        try (CatalogueFeed feed = source.open(dump).orElseThrow()) {
            return feed.rows()
                    .filter(row -> row.rowId().equals(id))
                    .map(row -> ((SourceRow.Parsed) row).card())
                    .findFirst().orElseThrow();
        }
    }

    private Card firstCardMatching(String dump, String rawText) {
        try (CatalogueFeed feed = source.open(dump).orElseThrow()) {
            // the mapper drops the raw spelling, so find a card whose variants came from such a stamp
            return feed.rows()
                    .filter(row -> row instanceof SourceRow.Parsed)
                    .map(row -> ((SourceRow.Parsed) row).card())
                    .filter(card -> card.printings().stream().anyMatch(printing -> printing.printRun() == PrintRun.FIRST_EDITION))
                    .findFirst().orElseThrow(() -> new AssertionError("no 1st edition card for " + rawText));
        }
    }

    private static CardSet set(CatalogueFeed feed, String id) {
        return feed.sets().stream().filter(set -> set.key().externalId().equals(id)).findFirst().orElseThrow();
    }
}
