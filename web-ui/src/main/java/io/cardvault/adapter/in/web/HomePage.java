package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.analytics.GetMarketMoversUseCase;
import io.cardvault.application.port.in.analytics.ListHotCardsUseCase;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CompareCardsUseCase;
import io.cardvault.application.port.in.catalogue.GetCatalogueStatsUseCase;
import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.domain.catalogue.GameOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Home: the search box, market movers and hot cards (when the market has any) with the cards'
 * pictures, the catalogue's counters and the games that have cards. Read-only: request scoped, no view state.
 */
@Named
@RequestScoped
public class HomePage {

    /** How many cards each market list on the home page shows. */
    static final int MARKET_ROWS = 5;
    static final int MOVERS_DAYS = 7;

    private final GetCatalogueStatsUseCase stats;
    private final ListGamesUseCase games;
    private final GetMarketMoversUseCase movers;
    private final ListHotCardsUseCase hotCards;
    private final CompareCardsUseCase cards;
    private final WebContext web;
    private Optional<CatalogueStats> counters;
    private Mover.Ranking ranking;
    private List<MarketRow> hot;
    private Map<Long, CardPicture> pictures;

    @Inject
    public HomePage(GetCatalogueStatsUseCase stats, ListGamesUseCase games, GetMarketMoversUseCase movers,
                    ListHotCardsUseCase hotCards, CompareCardsUseCase cards, WebContext web) {
        this.stats = stats;
        this.games = games;
        this.movers = movers;
        this.hotCards = hotCards;
        this.cards = cards;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected HomePage() {
        this(null, null, null, null, null, null);
    }

    public List<MarketRow> getGainers() {
        return pictured(ranking().gainers().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList());
    }

    public List<MarketRow> getLosers() {
        return pictured(ranking().losers().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList());
    }

    public List<MarketRow> getMostVolatile() {
        return pictured(ranking().mostVolatile().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList());
    }

    public List<MarketRow> getHot() {
        if (hot == null) {
            try {
                hot = hotCards.hot(Optional.empty(), MARKET_ROWS).stream()
                        .map(card -> MarketRow.of(card, web.getLocale(), web.getBase(), MarketRow.activity(card, web.getLocale())))
                        .toList();
            } catch (CatalogueEntryNotFoundException noMarketYet) {
                hot = List.of();
            }
        }
        return pictured(hot);
    }

    /** The rows with their cards' small pictures, looked up once for all four lists (at most 20 cards). */
    private List<MarketRow> pictured(List<MarketRow> rows) {
        if (pictures == null) {
            pictures = new HashMap<>();
            Set<Long> ids = new LinkedHashSet<>();
            Mover.Ranking shown = ranking();
            List.of(shown.gainers(), shown.losers(), shown.mostVolatile())
                    .forEach(list -> list.forEach(mover -> ids.add(mover.card().id())));
            try {
                hotCards.hot(Optional.empty(), MARKET_ROWS).forEach(card -> ids.add(card.card().id()));
            } catch (CatalogueEntryNotFoundException noMarketYet) {
                // no hot cards: nothing to add
            }
            if (!ids.isEmpty()) {
                cards.compare(ids.stream().limit(CompareCardsUseCase.MAX_CARDS).map(CardId::new).toList()).cards()
                        .forEach(card -> pictures.put(card.card().id(), CardPicture.thumbnail(card.card().images())));
            }
        }
        return rows.stream().map(row -> row.withPicture(pictures.get(row.cardId()))).toList();
    }

    private Mover.Ranking ranking() {
        if (ranking == null) {
            try {
                ranking = movers.movers(MarketPage.ALL_GAMES, MOVERS_DAYS, MARKET_ROWS);
            } catch (CatalogueEntryNotFoundException noMarketYet) {
                ranking = new Mover.Ranking(List.of(), List.of(), List.of());
            }
        }
        return ranking;
    }

    public boolean isHasStats() {
        return counters().isPresent();
    }

    public long getCards() {
        return counters().map(CatalogueStats::cards).orElse(0L);
    }

    public long getSets() {
        return counters().map(CatalogueStats::sets).orElse(0L);
    }

    public long getPrintings() {
        return counters().map(CatalogueStats::printings).orElse(0L);
    }

    public long getVariants() {
        return counters().map(CatalogueStats::variants).orElse(0L);
    }

    /** Games with cards in the catalogue, most cards first. */
    public List<GameLink> getGames() {
        return games.games().stream().filter(game -> game.cards() != null && game.cards() > 0)
                .sorted(Comparator.comparing(GameOverview::cards).reversed())
                .map(game -> GameLink.of(game, web.getBase())).toList();
    }

    private Optional<CatalogueStats> counters() {
        if (counters == null) {
            counters = stats.stats();
        }
        return counters;
    }
}
