package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.GetCatalogueStatsUseCase;
import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.domain.catalogue.GameOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Home: the search box, the catalogue's counters and the games that have cards. Read-only: request scoped, no view state. */
@Named
@RequestScoped
public class HomePage {

    private final GetCatalogueStatsUseCase stats;
    private final ListGamesUseCase games;
    private final WebContext web;
    private Optional<CatalogueStats> counters;

    @Inject
    public HomePage(GetCatalogueStatsUseCase stats, ListGamesUseCase games, WebContext web) {
        this.stats = stats;
        this.games = games;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected HomePage() {
        this(null, null, null);
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
