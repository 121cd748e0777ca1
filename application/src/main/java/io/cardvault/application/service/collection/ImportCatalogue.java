package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.CardReference;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.MarketplaceProduct;
import io.cardvault.application.port.in.collection.SetHint;
import io.cardvault.application.port.out.LoadImportCandidatesPort;
import io.cardvault.application.port.out.catalogue.ImportCandidateQuery;
import io.cardvault.application.port.out.catalogue.ImportableSet;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.VariantDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The part of the catalogue one import file names, loaded in two bulk reads (every set, then every
 * card any row could mean), and the rules that find a row's card in it. In order, first hit wins:
 * <ol>
 *   <li>the platform's card id, when the row carries one (the spec's own CSV); an unknown id is refused;</li>
 *   <li>a marketplace product id (TCGplayer, Cardmarket) that exactly one card or its variants carry;</li>
 *   <li>set and collector number: the set by code or by name in any language (case, accents and
 *       punctuation ignored, a "SWSH07:" series prefix dropped; when the row gives both, sets
 *       fitting both win), the number by its local id ({@code 4/102} → {@code 4}, leading zeros
 *       ignored); a name on the row must agree with the card found ("number 4 of Base Set is
 *       Charizard, not Blastoise"), and when no card has that number the name is tried instead;</li>
 *   <li>name within the set, as written or without the decorations exports add ("- 4/102", "(Alternate Art)").</li>
 * </ol>
 * Several cards left (one code for two sets, one name twice in a set) are narrowed to the sets sold
 * in the row's language (English when the row names none); still several is refused as ambiguous,
 * listing the candidates so the collector can add a number or the card id. A game named on the row
 * only looks in that game's sets.
 */
public final class ImportCatalogue {

    private static final int CANDIDATES_SHOWN = 5;
    private static final String DEFAULT_LANGUAGE = Language.ENGLISH.code();

    private final Map<String, List<ImportableSet>> setsByCode = new HashMap<>();
    private final Map<String, List<ImportableSet>> setsByName = new HashMap<>();
    private final Map<Long, ImportableSet> setsById = new HashMap<>();
    private final Map<Long, CardDetails> cardsById = new HashMap<>();
    /** Per set, its cards by number key and by name key: a row's lookup is two map reads, whatever the set's size. */
    private final Map<Long, Map<String, List<CardDetails>>> cardsBySetAndNumber = new HashMap<>();
    private final Map<Long, Map<String, List<CardDetails>>> cardsBySetAndName = new HashMap<>();
    private final Map<Long, Set<CardDetails>> cardsByTcgplayerProduct = new HashMap<>();
    private final Map<Long, Set<CardDetails>> cardsByCardmarketProduct = new HashMap<>();

    private ImportCatalogue(List<ImportableSet> sets) {
        for (ImportableSet set : sets) {
            setsById.put(set.id().value(), set);
            setsByCode.computeIfAbsent(MatchText.key(set.code()), key -> new ArrayList<>()).add(set);
            set.names().stream().map(MatchText::key).distinct()
                    .forEach(key -> setsByName.computeIfAbsent(key, any -> new ArrayList<>()).add(set));
        }
    }

    /** Reads what the rows could name: the sets once, then the candidate cards once. */
    public static ImportCatalogue load(LoadImportCandidatesPort catalogue, List<CollectionImportRow> rows) {
        ImportCatalogue loaded = new ImportCatalogue(catalogue.sets());
        ImportCandidateQuery query = loaded.queryFor(rows);
        if (!query.isEmpty()) {
            catalogue.candidates(query).forEach(loaded::index);
        }
        return loaded;
    }

    private ImportCandidateQuery queryFor(List<CollectionImportRow> rows) {
        Set<CardId> ids = new HashSet<>();
        Set<Long> tcgplayer = new HashSet<>();
        Set<Long> cardmarket = new HashSet<>();
        Set<CardSetId> sets = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CollectionImportRow row : rows) {
            row.marketplaceProduct().ifPresent(product ->
                    (product.marketplace() == MarketplaceProduct.Marketplace.TCGPLAYER ? tcgplayer : cardmarket)
                            .add(product.productId()));
            if (row.card() instanceof CardReference.ByCardId byId) {
                ids.add(byId.cardId());
            } else if (row.card() instanceof CardReference.BySetAndNumber byNumber) {
                setsFor(byNumber.set(), byNumber.game()).forEach(set -> sets.add(set.id()));
                numbers.add(localId(byNumber.collectorNumber()));
                byNumber.cardName().ifPresent(name -> names.addAll(MatchText.cardNameForms(name)));
            } else if (row.card() instanceof CardReference.ByNameAndSet byName) {
                setsFor(byName.set(), byName.game()).forEach(set -> sets.add(set.id()));
                names.addAll(MatchText.cardNameForms(byName.cardName()));
            }
        }
        return new ImportCandidateQuery(ids, tcgplayer, cardmarket, sets, numbers, names);
    }

    private void index(CardDetails card) {
        if (cardsById.putIfAbsent(card.id(), card) != null) {
            return;
        }
        cardsBySetAndNumber.computeIfAbsent(card.card().setId(), set -> new HashMap<>())
                .computeIfAbsent(ImportCandidateQuery.numberKey(card.card().localId()), number -> new ArrayList<>()).add(card);
        cardsBySetAndName.computeIfAbsent(card.card().setId(), set -> new HashMap<>())
                .computeIfAbsent(MatchText.key(card.card().name()), name -> new ArrayList<>()).add(card);
        List<Long> tcgplayer = new ArrayList<>();
        List<Long> cardmarket = new ArrayList<>();
        addIfPresent(tcgplayer, card.crossReferences().tcgplayerProductId());
        addIfPresent(cardmarket, card.crossReferences().cardmarketProductId());
        for (VariantDetails variant : card.variants()) {
            addIfPresent(tcgplayer, variant.crossReferences().tcgplayerProductId());
            addIfPresent(cardmarket, variant.crossReferences().cardmarketProductId());
        }
        tcgplayer.forEach(id -> cardsByTcgplayerProduct.computeIfAbsent(id, any -> new LinkedHashSet<>()).add(card));
        cardmarket.forEach(id -> cardsByCardmarketProduct.computeIfAbsent(id, any -> new LinkedHashSet<>()).add(card));
    }

    private static void addIfPresent(List<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /** The row's card and variant, or why it has none. */
    public CardMatch match(CollectionImportRow row) {
        CardMatch card = card(row);
        if (card instanceof CardMatch.Found found) {
            return VariantChooser.choose(found.card(), row.variantHint(), row.language(), row.marketplaceProduct());
        }
        return card;
    }

    private CardMatch card(CollectionImportRow row) {
        if (row.card() instanceof CardReference.ByCardId byId) {
            return Optional.ofNullable(cardsById.get(byId.cardId().value()))
                    .<CardMatch>map(card -> found(card))
                    .orElseGet(() -> new CardMatch.Refused("no card has the id " + byId.cardId().value()));
        }
        Optional<CardDetails> byProduct = row.marketplaceProduct().flatMap(this::onlyCardOf);
        if (byProduct.isPresent()) {
            return found(byProduct.get());
        }
        String language = row.language().map(Language::code).orElse(DEFAULT_LANGUAGE);
        if (row.card() instanceof CardReference.BySetAndNumber byNumber) {
            return bySetAndNumber(byNumber, language);
        }
        CardReference.ByNameAndSet byName = (CardReference.ByNameAndSet) row.card();
        return byNameAndSet(byName.cardName(), byName.set(), byName.game(), language);
    }

    private Optional<CardDetails> onlyCardOf(MarketplaceProduct product) {
        Set<CardDetails> cards = (product.marketplace() == MarketplaceProduct.Marketplace.TCGPLAYER
                ? cardsByTcgplayerProduct : cardsByCardmarketProduct).getOrDefault(product.productId(), Set.of());
        return cards.size() == 1 ? cards.stream().findFirst() : Optional.empty();
    }

    private CardMatch bySetAndNumber(CardReference.BySetAndNumber reference, String language) {
        List<ImportableSet> sets = setsFor(reference.set(), reference.game());
        if (sets.isEmpty()) {
            return noSuchSet(reference.set(), reference.game());
        }
        String number = ImportCandidateQuery.numberKey(localId(reference.collectorNumber()));
        List<CardDetails> numbered = cardsIn(sets, cardsBySetAndNumber, Set.of(number));
        if (reference.cardName().isPresent()) {
            String name = reference.cardName().get();
            if (numbered.isEmpty()) {
                return byNameAndSet(name, reference.set(), reference.game(), language);
            }
            List<CardDetails> named = numbered.stream().filter(card -> isNamed(card, name)).toList();
            if (named.isEmpty()) {
                return new CardMatch.Refused("number " + reference.collectorNumber() + " of " + setText(reference.set()) + " is "
                        + numbered.stream().map(card -> card.card().name()).distinct().collect(Collectors.joining(" or "))
                        + ", not " + name);
            }
            numbered = named;
        }
        return single(numbered, language, () -> "no card numbered " + reference.collectorNumber() + " in " + setText(reference.set()));
    }

    private CardMatch byNameAndSet(String name, SetHint set, Optional<String> game, String language) {
        List<ImportableSet> sets = setsFor(set, game);
        if (sets.isEmpty()) {
            return noSuchSet(set, game);
        }
        List<CardDetails> named = cardsIn(sets, cardsBySetAndName, nameKeys(name));
        return single(named, language, () -> "no card named " + name + " in " + setText(set));
    }

    private CardMatch single(List<CardDetails> cards, String language, Supplier<String> none) {
        if (cards.isEmpty()) {
            return new CardMatch.Refused(none.get());
        }
        List<CardDetails> inLanguage = cards.size() == 1 ? cards : cards.stream()
                .filter(card -> language.equals(setsById.get(card.card().setId()).language())).toList();
        if (inLanguage.size() == 1) {
            return found(inLanguage.get(0));
        }
        List<CardDetails> shown = inLanguage.isEmpty() ? cards : inLanguage;
        return new CardMatch.Refused("the row fits " + shown.size() + " cards ("
                + shown.stream().limit(CANDIDATES_SHOWN).map(ImportCatalogue::describe).collect(Collectors.joining("; "))
                + (shown.size() > CANDIDATES_SHOWN ? "; …" : "") + "); give the collector number, the set code or the card id");
    }

    private static CardMatch found(CardDetails card) {
        return new CardMatch.Found(card, Optional.empty());
    }

    private static boolean isNamed(CardDetails card, String name) {
        return nameKeys(name).contains(MatchText.key(card.card().name()));
    }

    /** The keys a file's card name is compared by: as written and without export decorations. */
    private static Set<String> nameKeys(String name) {
        return MatchText.cardNameForms(name).stream().map(MatchText::key).collect(Collectors.toSet());
    }

    private static List<CardDetails> cardsIn(List<ImportableSet> sets, Map<Long, Map<String, List<CardDetails>>> index,
                                             Set<String> keys) {
        List<CardDetails> cards = new ArrayList<>();
        for (ImportableSet set : sets) {
            Map<String, List<CardDetails>> ofSet = index.getOrDefault(set.id().value(), Map.of());
            keys.forEach(key -> ofSet.getOrDefault(key, List.of()).stream().filter(card -> !cards.contains(card)).forEach(cards::add));
        }
        return cards;
    }

    /**
     * The sets a hint names, of the row's game when it gives one. Each text is tried as a code and
     * as a name; when the row gives a code and a name and some sets fit both, only those count.
     */
    private List<ImportableSet> setsFor(SetHint hint, Optional<String> game) {
        Set<ImportableSet> byCode = hint.code().map(this::setsCalled).orElse(Set.of());
        Set<ImportableSet> byName = hint.name().map(this::setsCalled).orElse(Set.of());
        Set<ImportableSet> both = new LinkedHashSet<>(byCode);
        both.retainAll(byName);
        Set<ImportableSet> fitting = new LinkedHashSet<>(both);
        if (fitting.isEmpty()) {
            fitting.addAll(byCode);
            fitting.addAll(byName);
        }
        return fitting.stream().filter(set -> game.map(slug -> slug.equals(set.gameSlug())).orElse(true)).toList();
    }

    private Set<ImportableSet> setsCalled(String text) {
        Set<ImportableSet> sets = new LinkedHashSet<>(setsByCode.getOrDefault(MatchText.key(text), List.of()));
        for (String form : MatchText.setNameForms(text)) {
            sets.addAll(setsByName.getOrDefault(MatchText.key(form), List.of()));
        }
        return sets;
    }

    /** The local id of a collector number as files write it: "4/102" → "4", "TG01/TG30" → "TG01", "GG44" → "GG44". */
    static String localId(String collectorNumber) {
        int slash = collectorNumber.indexOf('/');
        return slash > 0 ? collectorNumber.substring(0, slash).strip() : collectorNumber.strip();
    }

    private static CardMatch noSuchSet(SetHint set, Optional<String> game) {
        return new CardMatch.Refused("no set " + setText(set) + " in the catalogue" + game.map(slug -> " for " + slug).orElse(""));
    }

    private static String setText(SetHint set) {
        if (set.code().isPresent() && set.name().isPresent() && !set.code().equals(set.name())) {
            return set.name().get() + " (" + set.code().get() + ")";
        }
        return set.name().or(set::code).orElseThrow();
    }

    private static String describe(CardDetails card) {
        return card.card().name() + ", " + card.card().setName() + " " + card.card().collectorNumber() + ", id " + card.id();
    }
}
