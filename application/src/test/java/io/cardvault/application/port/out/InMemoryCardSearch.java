package io.cardvault.application.port.out;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSearchCriteria;
import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.catalogue.CardSearchPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * In-memory fake of the card search index over an {@link InMemoryCatalogueViews}. Like the real
 * index it serves a snapshot: built by the first search, renewed by {@link #refreshSearchIndex()}.
 * Every word must match a word of a card's names (any language), its set's name or code, or, for
 * a word with a digit, its collector number or local id; the last word may be a name's start.
 * Cards named exactly as the text rank first. It tracks no prices, so a price bound matches nothing.
 */
public final class InMemoryCardSearch implements SearchCardsPort, RefreshSearchIndexPort {

    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final InMemoryCatalogueViews catalogue;
    private Map<CardOverview, List<String>> indexed;
    private int refreshes;

    public InMemoryCardSearch(InMemoryCatalogueViews catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void refreshSearchIndex() {
        indexed = catalogue.namedCards();
        refreshes++;
    }

    /** How many times the index was told the catalogue changed. */
    public int refreshes() {
        return refreshes;
    }

    @Override
    public CardSearchPage search(CardSearchCriteria criteria) {
        if (indexed == null) {
            indexed = catalogue.namedCards();
        }
        if (criteria.minPriceUsd() != null || criteria.maxPriceUsd() != null) {
            return CardSearchPage.empty();
        }
        String[] words = WORDS.split(InMemoryCatalogueViews.folded(criteria.text()));
        String phrase = String.join(" ", Arrays.stream(words).filter(word -> !word.matches(".*\\d.*")).toList());
        List<CardOverview> found = new ArrayList<>();
        indexed.forEach((card, names) -> {
            if (criteria.game().map(card.gameSlug()::equals).orElse(true)
                    && (criteria.setId() == null || criteria.setId() == card.setId())
                    && (criteria.rarity() == null || criteria.rarity().equalsIgnoreCase(card.rarity()))
                    && matchesEveryWord(card, names, words)) {
                found.add(card);
            }
        });
        found.sort(Comparator.comparing((CardOverview card) -> !indexed.get(card).stream()
                        .map(InMemoryCatalogueViews::folded).toList().contains(phrase))
                .thenComparingLong(CardOverview::id));
        List<CardSearchHit> hits = found.stream().skip(criteria.offset()).limit(criteria.limit())
                .map(card -> new CardSearchHit(new CardId(card.id()), card.name(), card.localId(), card.rarity(),
                        card.category(), card.setName(), card.setCode(), card.gameSlug(), null, null))
                .toList();
        return new CardSearchPage(hits, found.size());
    }

    private static boolean matchesEveryWord(CardOverview card, List<String> names, String[] words) {
        List<String> nameWords = names.stream().flatMap(name -> tokens(name).stream()).toList();
        List<String> setWords = new ArrayList<>(tokens(card.setName()));
        setWords.add(InMemoryCatalogueViews.folded(card.setCode()));
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean last = i == words.length - 1;
            boolean matched = nameWords.contains(word) || setWords.contains(word)
                    || (last && nameWords.stream().anyMatch(name -> name.startsWith(word)))
                    || (word.matches(".*\\d.*") && (word.equalsIgnoreCase(card.collectorNumber())
                    || word.equalsIgnoreCase(card.localId())));
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(NOT_WORD.split(InMemoryCatalogueViews.folded(text))).filter(word -> !word.isEmpty()).toList();
    }
}
