package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.CollectionImportResult;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.ImportCollectionCommand;
import io.cardvault.application.port.in.collection.ImportCollectionUseCase;
import io.cardvault.application.port.in.collection.ImportedLine;
import io.cardvault.application.port.in.collection.MergedLine;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.application.port.out.CollectionStorePort;
import io.cardvault.application.port.out.LoadImportCandidatesPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.price.Grading;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Imports a read collection file: matches every row to a catalogue card and variant (rules in
 * {@link ImportCatalogue} and {@link VariantChooser}), then adds each holding once. A row of a
 * holding (card, variant, condition, slab) the owner already has, or that an earlier line of the
 * file brought, adds its copies to that holding instead of making a second entry; the first line
 * with a price paid gives the holding its price (an owned holding keeps its own).
 *
 * <p>One transaction ({@link UseCase}): the catalogue is read in bulk first, the owner's collection
 * once, and only then are the entries written, so a failure while writing leaves the collection as
 * it was. Rejected rows are answers, not failures: they never stop the rows that matched.
 */
@UseCase
public class ImportCollectionService implements ImportCollectionUseCase {

    private final LoadImportCandidatesPort catalogue;
    private final CollectionStorePort collection;
    private final Clock clock;

    @Inject
    public ImportCollectionService(LoadImportCandidatesPort catalogue, CollectionStorePort collection) {
        this(catalogue, collection, Clock.systemUTC());
    }

    public ImportCollectionService(LoadImportCandidatesPort catalogue, CollectionStorePort collection, Clock clock) {
        this.catalogue = catalogue;
        this.collection = collection;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ImportCollectionService() {
        this(null, null, null);
    }

    @Override
    public CollectionImportResult importRows(ImportCollectionCommand command) {
        List<RejectedLine> rejected = new ArrayList<>(command.unreadableLines());
        if (command.rows().isEmpty()) {
            return new CollectionImportResult(List.of(), List.of(), rejected);
        }
        ImportCatalogue cards = ImportCatalogue.load(catalogue, command.rows());
        Holdings holdings = new Holdings(command.owner(), collection.findAllByOwner(command.owner()));
        Instant now = clock.instant();
        List<Placed> placed = new ArrayList<>();
        for (CollectionImportRow row : command.rows()) {
            CardMatch match = cards.match(row);
            if (match instanceof CardMatch.Found found) {
                placed.add(holdings.place(row, found.card(), found.variant().map(variant -> new VariantId(variant.id())), now));
            } else {
                rejected.add(new RejectedLine(row.line(), ((CardMatch.Refused) match).reason()));
            }
        }
        holdings.write(collection);
        List<ImportedLine> imported = new ArrayList<>();
        List<MergedLine> merged = new ArrayList<>();
        for (Placed line : placed) {
            ImportedLine done = line.asImported();
            if (line.isMerge()) {
                merged.add(new MergedLine(done, line.earlierLine(), line.holdingQuantity()));
            } else {
                imported.add(done);
            }
        }
        return new CollectionImportResult(imported, merged, rejected);
    }

    /** A holding's identity within one owner's collection, as {@link CollectionEntry#sameHolding} defines it. */
    private record HoldingKey(CardId card, Optional<VariantId> variant, CardCondition condition, Optional<Grading> grading) {

        static HoldingKey of(CollectionEntry entry) {
            return new HoldingKey(entry.card(), entry.variant(), entry.condition(), entry.grading());
        }
    }

    /** One holding as the import leaves it: the entry to write, whether it is new, and the first file line that touched it. */
    private static final class Holding {

        private CollectionEntry entry;
        private final boolean isNew;
        private final OptionalInt firstLine;
        private boolean changed;

        Holding(CollectionEntry entry, boolean isNew, OptionalInt firstLine) {
            this.entry = entry;
            this.isNew = isNew;
            this.firstLine = firstLine;
        }
    }

    /** A matched line and where it went; the entry id is known once the holdings are written. */
    private record Placed(CollectionImportRow row, CardDetails card, Holding holding, boolean isMerge, OptionalInt earlierLine,
                          int holdingQuantity) {

        ImportedLine asImported() {
            return new ImportedLine(row.line(), holding.entry.id().orElseThrow(), new CardId(card.id()), holding.entry.variant(),
                    card.card().name(), card.card().setName(), row.quantity(), row.condition());
        }
    }

    /** The owner's holdings, read once, with what this file adds to them. */
    private static final class Holdings {

        private final AccountId owner;
        private final Map<HoldingKey, CollectionEntry> owned = new HashMap<>();
        private final Map<HoldingKey, Holding> touched = new LinkedHashMap<>();

        Holdings(AccountId owner, List<CollectionEntry> entries) {
            this.owner = owner;
            for (CollectionEntry entry : entries) {
                owned.putIfAbsent(HoldingKey.of(entry), entry);
            }
        }

        Placed place(CollectionImportRow row, CardDetails card, Optional<VariantId> variant, Instant now) {
            CollectionEntry line = CollectionEntry.add(owner, new CardId(card.id()), variant, row.quantity(), row.condition(),
                    row.pricePaid(), row.grading(), now);
            HoldingKey key = HoldingKey.of(line);
            Holding holding = touched.get(key);
            if (holding == null && !owned.containsKey(key)) {
                holding = new Holding(line, true, OptionalInt.of(row.line()));
                touched.put(key, holding);
                return new Placed(row, card, holding, false, OptionalInt.empty(), line.quantity());
            }
            if (holding == null) {
                holding = new Holding(owned.get(key), false, OptionalInt.of(row.line()));
                touched.put(key, holding);
                holding.entry = holding.entry.mergedWith(line);
                holding.changed = true;
                return new Placed(row, card, holding, true, OptionalInt.empty(), holding.entry.quantity());
            }
            holding.entry = holding.entry.mergedWith(line);
            holding.changed = true;
            OptionalInt earlier = holding.firstLine;
            return new Placed(row, card, holding, true, earlier, holding.entry.quantity());
        }

        void write(CollectionStorePort store) {
            for (Holding holding : touched.values()) {
                if (holding.isNew) {
                    holding.entry = store.add(holding.entry);
                } else if (holding.changed) {
                    store.update(holding.entry);
                }
            }
        }
    }
}
