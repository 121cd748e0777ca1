package io.cardvault.application.service.poketrace;

import io.cardvault.application.port.in.poketrace.KeyedPage;
import io.cardvault.application.port.in.poketrace.ListMarketCardsQuery;
import io.cardvault.application.port.in.poketrace.ListMarketCardsUseCase;
import io.cardvault.application.port.in.poketrace.MarketCardSummary;
import io.cardvault.application.port.out.BrowseMarketCardsPort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.catalogue.MarketCardFilter;
import io.cardvault.application.port.out.catalogue.MarketCardRow;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.price.Region;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Lists a market's cards by key: one read of the sets (for slugs) and one of at most
 * {@code limit + 1} cards after the given id. A set slug or variant that names nothing matches no
 * card (an empty page, not an error).
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class ListMarketCardsService implements ListMarketCardsUseCase {

    private final BrowseMarketCardsPort cards;
    private final LoadCatalogueViewsPort views;

    @Inject
    public ListMarketCardsService(BrowseMarketCardsPort cards, LoadCatalogueViewsPort views) {
        this.cards = cards;
        this.views = views;
    }

    /** For CDI's client proxy only. */
    protected ListMarketCardsService() {
        this(null, null);
    }

    @Override
    public KeyedPage<MarketCardSummary, Long> list(ListMarketCardsQuery query) {
        if (query.market() == Region.EU) {
            MarketCards.requireEu(query.plan());
        }
        if (query.hasGraded()) {
            MarketCards.requireGraded(query.plan());
        }
        SetSlugs slugs = MarketCards.slugs(views);
        Optional<CardSetId> set = Optional.empty();
        if (query.setSlug().isPresent()) {
            Optional<CardSetId> named = slugs.set(query.setSlug().get().strip()).map(found -> new CardSetId(found.id()));
            if (named.isEmpty()) {
                return new KeyedPage<>(List.of(), Optional.empty());
            }
            set = named;
        }
        Optional<Finish> finish = Optional.empty();
        if (query.variant().isPresent() && !query.variant().get().isBlank()) {
            finish = MarketCards.finish(query.variant().get());
            if (finish.isEmpty()) {
                return new KeyedPage<>(List.of(), Optional.empty());
            }
        }
        MarketCardFilter filter = new MarketCardFilter(query.market(), set, query.search(), query.cardNumber(), finish,
                query.hasGraded());
        List<MarketCardRow> rows = cards.cardsAfter(filter, query.afterCardId(), query.limit() + 1);
        KeyedPage<MarketCardRow, Long> page = KeyedPage.of(rows, query.limit(), row -> row.card().value());
        return new KeyedPage<>(page.items().stream().map(row -> MarketCards.summary(row, query.market(), slugs)).toList(),
                page.nextAfter());
    }
}
