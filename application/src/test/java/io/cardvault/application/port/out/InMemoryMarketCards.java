package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.MarketCardFilter;
import io.cardvault.application.port.out.catalogue.MarketCardRow;
import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.catalogue.Window;
import io.cardvault.domain.price.Region;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * In-memory fake of the market listings over {@link InMemoryCatalogueViews}: the Pokémon cards by
 * id, each card's Cardmarket product its own else its first variant's, the first variant by id.
 * Cards with graded prices are the ones {@link #markGraded} named.
 */
public final class InMemoryMarketCards implements BrowseMarketCardsPort {

    private final InMemoryCatalogueViews views;
    private final Set<Long> graded = new HashSet<>();

    public InMemoryMarketCards(InMemoryCatalogueViews views) {
        this.views = views;
    }

    /** The card now has a graded price (a PSA, BGS… series). */
    public void markGraded(CardId card) {
        graded.add(card.value());
    }

    @Override
    public List<MarketCardRow> cardsAfter(MarketCardFilter filter, long afterCardId, int limit) {
        CardCriteria criteria = new CardCriteria("pokemon", filter.set().map(CardSetId::value).orElse(null),
                filter.nameContains().orElse(null), filter.collectorNumber().orElse(null), null);
        return views.cards(criteria, new Window(0, Integer.MAX_VALUE)).items().stream()
                .filter(card -> card.id() > afterCardId)
                .sorted(Comparator.comparingLong(CardOverview::id))
                .map(card -> views.card(new CardId(card.id())).orElseThrow())
                .filter(card -> filter.market() == Region.US || cardmarket(card).isPresent())
                .filter(card -> filter.finish().isEmpty() || variants(card).anyMatch(v -> v.finish().equals(filter.finish().get().code())))
                .filter(card -> !filter.gradedOnly() || graded.contains(card.card().id()))
                .limit(limit).map(card -> row(card, cardmarket(card))).toList();
    }

    @Override
    public Optional<MarketCardRow> card(CardId card) {
        return views.card(card).filter(found -> found.card().gameSlug().equals("pokemon"))
                .map(found -> row(found, cardmarket(found)));
    }

    @Override
    public Optional<MarketCardRow> cardSoldAs(long cardmarketProductId) {
        return views.cards(new CardCriteria("pokemon", null, null, null, null), new Window(0, Integer.MAX_VALUE)).items().stream()
                .sorted(Comparator.comparingLong(CardOverview::id))
                .map(card -> views.card(new CardId(card.id())).orElseThrow())
                .filter(card -> Long.valueOf(cardmarketProductId).equals(card.crossReferences().cardmarketProductId())
                        || variants(card).anyMatch(v -> Long.valueOf(cardmarketProductId).equals(v.crossReferences().cardmarketProductId())))
                .findFirst().map(card -> row(card, OptionalLong.of(cardmarketProductId)));
    }

    private static Stream<VariantDetails> variants(CardDetails card) {
        return card.printings().stream().flatMap(printing -> printing.variants().stream());
    }

    private static OptionalLong cardmarket(CardDetails card) {
        Long own = card.crossReferences().cardmarketProductId();
        if (own != null) {
            return OptionalLong.of(own);
        }
        return variants(card).map(v -> v.crossReferences().cardmarketProductId()).filter(id -> id != null)
                .mapToLong(Long::longValue).min();
    }

    private static MarketCardRow row(CardDetails details, OptionalLong cardmarket) {
        CardOverview card = details.card();
        Optional<VariantDetails> first = variants(details).min(Comparator.comparingLong(VariantDetails::id));
        return new MarketCardRow(new CardId(card.id()), card.name(), card.collectorNumber(), new CardSetId(card.setId()),
                card.setName(), card.setCode(), Optional.ofNullable(card.rarity()), cardmarket,
                first.map(v -> new VariantId(v.id())), first.map(v -> Finish.fromCode(v.finish())));
    }
}
