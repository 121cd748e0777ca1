package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.collection.CardReference;
import io.cardvault.application.port.in.collection.CollectionImportResult;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.ImportCollectionCommand;
import io.cardvault.application.port.in.collection.SetHint;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.FreshIds;
import io.cardvault.application.port.out.InMemoryCollectionStore;
import io.cardvault.application.service.collection.ImportCollectionService;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import io.cardvault.domain.collection.CardCondition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The import's matching against a real MariaDB catalogue at the size the upload cap allows: 10,000
 * rows naming 10,000 different cards of 25 sets (by set and number, or by name within the set) are
 * matched with a handful of bulk reads, in seconds. The collection store is the fake here: what is
 * measured is the catalogue side the import owns.
 */
class ImportMatchingAtScaleTest {

    private static final Logger LOG = Logger.getLogger(ImportMatchingAtScaleTest.class.getName());
    private static final int SETS = 25;
    private static final int CARDS_PER_SET = 400;
    /** Generous for a loaded 2-core machine; one query per row would take minutes. */
    private static final Duration BUDGET = Duration.ofSeconds(15);

    @Test
    void ten_thousand_rows_naming_ten_thousand_cards_match_in_seconds() {
        DataSource dataSource = TestDatabase.fresh("import_matching_at_scale");
        JdbcCatalogueStore store = new JdbcCatalogueStore(dataSource);
        List<CollectionImportRow> rows = new ArrayList<>();
        for (int s = 0; s < SETS; s++) {
            CardSet set = CatalogueFixtures.baseSet();
            List<Card> cards = new ArrayList<>();
            for (int n = 1; n <= CARDS_PER_SET; n++) {
                cards.add(Card.catalogue(set.key().externalId() + "-" + n, set.numberFor(Integer.toString(n)),
                        LocalizedNames.of(Language.ENGLISH, "Card " + s + "-" + n),
                        new CardFacts("Pokemon", "Common", 50, List.of("Fire"), "Basic", null, List.of(4), "Artist"),
                        CrossReferences.none(), List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED,
                                List.of(Variant.plain(Finish.NORMAL), Variant.plain(Finish.REVERSE_HOLOFOIL))))));
                CardReference reference = n % 2 == 0
                        ? new CardReference.BySetAndNumber(SetHint.code(set.code()), String.format("%03d/102", n), Optional.empty(),
                                Optional.empty())
                        : new CardReference.ByNameAndSet("Card " + s + "-" + n, SetHint.name(set.displayName()), Optional.empty());
                rows.add(new CollectionImportRow(rows.size() + 2, reference, Optional.empty(), 1, CardCondition.NM,
                        Optional.of(n % 3 == 0 ? "reverse_holo" : "normal"), Optional.empty(), Optional.empty(), Optional.empty()));
            }
            store.storeSet(CatalogueFixtures.POKEMON, set, cards);
        }
        InMemoryCollectionStore collection = new InMemoryCollectionStore();
        ImportCollectionService service = new ImportCollectionService(new JdbcImportCandidates(dataSource), collection);

        long start = System.nanoTime();
        CollectionImportResult result = service.importRows(new ImportCollectionCommand(new FreshIds().account(), rows, List.of()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        LOG.info(() -> "matched and imported " + rows.size() + " rows in " + took.toMillis() + " ms");
        assertThat(result.rejected()).isEmpty();
        assertThat(result.importedCount()).isEqualTo(SETS * CARDS_PER_SET);
        assertThat(result.imported()).allSatisfy(line -> assertThat(line.variant()).isPresent());
        assertThat(took).isLessThan(BUDGET);
    }
}
