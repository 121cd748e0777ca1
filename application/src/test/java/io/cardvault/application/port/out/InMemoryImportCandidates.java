package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.ImportCandidateQuery;
import io.cardvault.application.port.out.catalogue.ImportableSet;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.VariantDetails;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * In-memory fake of the import's catalogue reads, over the catalogue views fake so both see the
 * same ids and read models. Names compare as MariaDB's accent- and case-insensitive collation does.
 */
public final class InMemoryImportCandidates implements LoadImportCandidatesPort {

    private final InMemoryCatalogueViews views;
    private final List<ImportableSet> sets = new ArrayList<>();
    private final List<CardId> cardIds = new ArrayList<>();
    private int candidateReads;

    public InMemoryImportCandidates(InMemoryCatalogueViews views) {
        this.views = views;
    }

    /** Stores a set with its cards in the views fake and makes it importable. */
    public StoredSet store(Game game, CardSet set, List<Card> cards) {
        StoredSet stored = views.store(game, set, cards);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        names.add(views.set(stored.setId()).orElseThrow().name());
        names.addAll(set.names().byLanguage().values());
        sets.add(new ImportableSet(stored.setId(), game.slug(), set.code(), set.language().code(), List.copyOf(names)));
        cardIds.addAll(stored.cardIds().values());
        return stored;
    }

    /** How often {@link #candidates} was asked: an import reads the catalogue in bulk, not per row. */
    public int candidateReads() {
        return candidateReads;
    }

    @Override
    public List<ImportableSet> sets() {
        return List.copyOf(sets);
    }

    @Override
    public List<CardDetails> candidates(ImportCandidateQuery query) {
        candidateReads++;
        return views.cards(cardIds).stream().filter(card -> wanted(card, query)).toList();
    }

    private static boolean wanted(CardDetails card, ImportCandidateQuery query) {
        if (query.cardIds().contains(new CardId(card.id()))) {
            return true;
        }
        if (carries(card, query, CrossReferences::tcgplayerProductId, true) || carries(card, query, CrossReferences::cardmarketProductId, false)) {
            return true;
        }
        boolean inSet = query.sets().stream().anyMatch(set -> set.value() == card.card().setId());
        return inSet && (query.collectorNumbers().contains(ImportCandidateQuery.numberKey(card.card().localId()))
                || query.cardNames().stream().anyMatch(name -> folded(name).equals(folded(card.card().name()))));
    }

    private static boolean carries(CardDetails card, ImportCandidateQuery query, Function<CrossReferences, Long> id,
                                   boolean tcgplayer) {
        Set<Long> wanted = tcgplayer ? query.tcgplayerProductIds() : query.cardmarketProductIds();
        // immutable sets refuse contains(null): a card without the id simply does not carry it
        Predicate<CrossReferences> carried = references -> id.apply(references) != null && wanted.contains(id.apply(references));
        return carried.test(card.crossReferences())
                || card.variants().stream().map(VariantDetails::crossReferences).anyMatch(carried);
    }

    private static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}
