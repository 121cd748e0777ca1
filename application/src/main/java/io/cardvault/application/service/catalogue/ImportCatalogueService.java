package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.ChangeCounts;
import io.cardvault.application.port.in.catalogue.ImportCatalogueCommand;
import io.cardvault.application.port.in.catalogue.ImportCatalogueUseCase;
import io.cardvault.application.port.in.catalogue.ImportReport;
import io.cardvault.application.port.in.catalogue.SkippedRow;
import io.cardvault.application.port.in.catalogue.UnknownCatalogueSourceException;
import io.cardvault.application.port.in.catalogue.UnknownGameException;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.CatalogueWriteFailedException;
import io.cardvault.application.port.out.ReadCatalogueSourcePort;
import io.cardvault.application.port.out.RefreshSearchIndexPort;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.application.port.out.StoreCataloguePort;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Streams a catalogue source set by set into the store. Each set is one transaction of its own
 * (owned by the store port), so the import as a whole runs outside any transaction: a failing set
 * is reported and the others still land.
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ImportCatalogueService implements ImportCatalogueUseCase {

    private static final Logger LOG = Logger.getLogger(ImportCatalogueService.class.getName());
    /** A line every 25 sets: a full import (500+ sets) shows its progress without flooding the log. */
    private static final int PROGRESS_EVERY_SETS = 25;

    private final ReadCatalogueSourcePort sources;
    private final StoreCataloguePort store;
    private final RefreshSearchIndexPort searchIndex;

    @Inject
    public ImportCatalogueService(ReadCatalogueSourcePort sources, StoreCataloguePort store,
                                  RefreshSearchIndexPort searchIndex) {
        this.sources = sources;
        this.store = store;
        this.searchIndex = searchIndex;
    }

    @Override
    public ImportReport importCatalogue(ImportCatalogueCommand command) {
        long started = System.nanoTime();
        try (CatalogueFeed feed = sources.open(command.source())
                .orElseThrow(() -> new UnknownCatalogueSourceException(command.source()))) {
            Game game = store.findGame(feed.gameSlug()).orElseThrow(() -> new UnknownGameException(feed.gameSlug()));
            Run run = new Run(command.source(), game, feed.sets());
            feed.rows().forEach(run::accept);
            run.finish();
            store.recordImportCompleted(command.source());
            // this node searches what it just stored at once (after a job's last source); other nodes notice the change themselves
            if (command.refreshSearchIndex()) {
                searchIndex.refreshSearchIndex();
            }
            ImportReport report = new ImportReport(command.source(), run.sets, run.cards, run.printings, run.variants,
                    run.changes, run.skipped, Duration.ofNanos(System.nanoTime() - started));
            LOG.info(() -> String.format("Imported %s: %d sets, %d cards, %d printings, %d variants, %d skipped, %s in %s",
                    report.source(), report.sets(), report.cards(), report.printings(), report.variants(),
                    report.skipped().size(), report.changes(), report.duration()));
            return report;
        }
    }

    /** The state of one import: the set being gathered and the running totals. */
    private final class Run {

        private final String source;
        private final Game game;
        private final Map<String, CardSet> setsById;
        private final Set<String> setsStored = new HashSet<>();
        private final List<SkippedRow> skipped = new ArrayList<>();
        private CardSet current;
        private final Map<String, Card> currentCards = new LinkedHashMap<>();
        private int sets;
        private int cards;
        private int printings;
        private int variants;
        private ChangeCounts changes = ChangeCounts.NONE;

        Run(String source, Game game, List<CardSet> sets) {
            this.source = source;
            this.game = game;
            this.setsById = new LinkedHashMap<>();
            for (CardSet set : sets) {
                // sources do list a set twice (tcgdex-asia: BW3a, AC1a…): the first entry wins, visibly
                if (setsById.putIfAbsent(set.key().externalId(), set) != null) {
                    skip(set.key().toString(), "set listed more than once; its first entry is kept");
                }
            }
        }

        void accept(SourceRow row) {
            if (row instanceof SourceRow.Unreadable unreadable) {
                skip(unreadable.rowId(), unreadable.reason());
            } else if (row instanceof SourceRow.Parsed parsed) {
                CardSet set = setsById.get(parsed.setExternalId());
                if (set == null) {
                    skip(parsed.rowId(), "unknown set " + parsed.setExternalId());
                    return;
                }
                if (current != null && !current.equals(set)) {
                    flush();
                }
                current = set;
                if (currentCards.putIfAbsent(parsed.card().externalId(), parsed.card()) != null) {
                    skip(parsed.rowId(), "duplicate card id in set " + set.key());
                }
            }
        }

        void finish() {
            flush();
            // Sets without any card row still belong to the catalogue (announced sets, empty promos).
            setsById.values().stream()
                    .filter(set -> !setsStored.contains(set.key().externalId()))
                    .forEach(set -> {
                        current = set;
                        flush();
                    });
        }

        private void flush() {
            if (current == null) {
                return;
            }
            List<Card> batch = List.copyOf(currentCards.values());
            try {
                StoredSet stored = store.storeSet(game, current, batch);
                changes = changes.plus(stored.changes());
                if (setsStored.add(current.key().externalId())) {
                    sets++;
                    if (sets % PROGRESS_EVERY_SETS == 0) {
                        int done = sets;
                        LOG.info(() -> String.format("Importing %s: %d of %d sets stored", source, done, setsById.size()));
                    }
                }
                cards += batch.size();
                printings += batch.stream().mapToInt(card -> card.printings().size()).sum();
                variants += batch.stream().mapToInt(Card::variantCount).sum();
            } catch (CatalogueWriteFailedException e) {
                skip(current.key().toString(), "set not written (" + batch.size() + " cards): " + e.getMessage());
            }
            currentCards.clear();
            current = null;
        }

        private void skip(String rowId, String reason) {
            LOG.fine(() -> "Skipped " + rowId + ": " + reason);
            skipped.add(new SkippedRow(rowId, reason));
        }
    }
}
