package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.analytics.GetMarketMoversUseCase;
import io.cardvault.application.port.in.analytics.ListHotCardsUseCase;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetCatalogueStatsUseCase;
import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.domain.catalogue.GameOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Home: the search box, market movers and hot cards (when the market has any), the catalogue's
 * counters and the games that have cards. Read-only: request scoped, no view state.
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
    private final WebContext web;
    private Optional<CatalogueStats> counters;
    private Mover.Ranking ranking;
    private List<MarketRow> hot;

    @Inject
    public HomePage(GetCatalogueStatsUseCase stats, ListGamesUseCase games, GetMarketMoversUseCase movers,
                    ListHotCardsUseCase hotCards, WebContext web) {
        this.stats = stats;
        this.games = games;
        this.movers = movers;
        this.hotCards = hotCards;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected HomePage() {
        this(null, null, null, null, null);
    }

    public List<MarketRow> getGainers() {
        return ranking().gainers().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList();
    }

    public List<MarketRow> getLosers() {
        return ranking().losers().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList();
    }

    public List<MarketRow> getMostVolatile() {
        return ranking().mostVolatile().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList();
    }

    public List<MarketRow> getHot() {
        if (hot == null) {
            try {
                hot = hotCards.hot(Optional.empty(), MARKET_ROWS).stream()
                        .map(card -> MarketRow.of(card, web.getLocale(), web.getBase(), web.message("market.sales7d"))).toList();
            } catch (CatalogueEntryNotFoundException noMarketYet) {
                hot = List.of();
            }
        }
        return hot;
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
