package io.cardvault.application.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.in.catalogue.SkippedRow;
import io.cardvault.application.port.in.catalogue.UnknownCatalogueSourceException;
import io.cardvault.application.port.in.catalogue.UnknownGameException;
import io.cardvault.application.port.out.InMemoryCardSearch;
import io.cardvault.application.port.out.InMemoryCatalogueSource;
import io.cardvault.application.port.out.InMemoryCatalogueStore;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.SetKey;
import io.cardvault.domain.catalogue.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportCatalogueServiceTest {

    private static final Game POKEMON = new Game("pokemon", "Pokémon TCG");
    private static final CardSet BASE = set("base1", 102);
    private static final CardSet JUNGLE = set("base2", 64);
    private static final CardSet EMPTY = set("announced", null);

    private final InMemoryCatalogueStore store = new InMemoryCatalogueStore(POKEMON);
    private final InMemoryCardSearch searchIndex = new InMemoryCardSearch(new InMemoryCatalogueViews());
    private final InMemoryCatalogueSource sources = new InMemoryCatalogueSource();

    @Test
    void givenSourceWithGoodAndBadRows_import_storesTheGoodAndReportsTheBadById() {
        ImportReport report = service("pokemon", rows()).importCatalogue(new ImportCatalogueCommand("test"));

        assertThat(report.sets()).isEqualTo(3);
        assertThat(report.cards()).isEqualTo(3);
        assertThat(report.printings()).isEqualTo(3);
        assertThat(report.variants()).isEqualTo(3);
        assertThat(report.skipped()).containsExactlyInAnyOrder(
                new SkippedRow("base1-9", "missing name"),
                new SkippedRow("nowhere-1", "unknown set nowhere"),
                new SkippedRow("test:base1", "set listed more than once; its first entry is kept"));
        assertThat(store.loadStats().orElseThrow().cards()).isEqualTo(3);
        assertThat(sources.openFeeds()).as("the feed is closed").isZero();
    }

    @Test
    void givenImportedSource_importAgain_changesNothing() {
        service("pokemon", rows()).importCatalogue(new ImportCatalogueCommand("test"));

        ImportReport again = service("pokemon", rows()).importCatalogue(new ImportCatalogueCommand("test"));

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.cards()).isEqualTo(3);
    }

    @Test
    void givenImportedSource_import_refreshesTheSearchIndexOnceAfterTheLastSet() {
        service("pokemon", rows()).importCatalogue(new ImportCatalogueCommand("test"));

        assertThat(searchIndex.refreshes()).isEqualTo(1);
    }

    @Test
    void givenFailingSet_import_reportsTheWholeSetAndKeepsTheOthers() {
        store.failOn("base2");

        ImportReport report = service("pokemon", rows()).importCatalogue(new ImportCatalogueCommand("test"));

        assertThat(report.cards()).isEqualTo(2);
        assertThat(report.skipped()).extracting(SkippedRow::rowId).contains("test:base2");
    }

    @Test
    void givenUnknownSource_import_isRejected() {
        ImportCatalogueService service = new ImportCatalogueService(sources, store, searchIndex);
        assertThatThrownBy(() -> service.importCatalogue(new ImportCatalogueCommand("nope")))
                .isInstanceOf(UnknownCatalogueSourceException.class);
    }

    @Test
    void givenSourceOfUnknownGame_import_isRejected() {
        assertThatThrownBy(() -> service("chess", rows()).importCatalogue(new ImportCatalogueCommand("test")))
                .isInstanceOf(UnknownGameException.class);
    }

    private ImportCatalogueService service(String gameSlug, List<SourceRow> rows) {
        sources.with("test", gameSlug, List.of(BASE, JUNGLE, EMPTY, set("base1", 999)), rows);
        return new ImportCatalogueService(sources, store, searchIndex);
    }

    private static List<SourceRow> rows() {
        return List.of(
                new SourceRow.Parsed("base1", card("base1-4", "Charizard", BASE, "4")),
                new SourceRow.Unreadable("base1-9", "missing name"),
                new SourceRow.Parsed("base1", card("base1-2", "Blastoise", BASE, "2")),
                new SourceRow.Parsed("nowhere", card("nowhere-1", "Ghost", BASE, "1")),
                new SourceRow.Parsed("base2", card("base2-1", "Clefable", JUNGLE, "1")));
    }

    private static CardSet set(String id, Integer total) {
        return new CardSet(new SetKey("test", id), null, LocalizedNames.of(Language.ENGLISH, id), null, null, total,
                Language.ENGLISH, null, false, null);
    }

    private static Card card(String id, String name, CardSet set, String localId) {
        return Card.catalogue(id, set.numberFor(localId), LocalizedNames.of(Language.ENGLISH, name), CardFacts.unknown(),
                CrossReferences.none(), List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.HOLOFOIL)))));
    }
}
