package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.application.port.in.analytics.GetMarketMoversUseCase;
import io.cardvault.application.port.in.analytics.ListPriceSpreadsUseCase;
import io.cardvault.application.port.in.analytics.ListTopPredictionsUseCase;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.catalogue.GameOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The market pages: movers of a game (or all) over 7, 30 or 90 days ({@code ?game=&period=}, so the
 * URL keeps the choice), the widest cross-source spreads and the largest forecast rises.
 */
@Named
@RequestScoped
public class MarketPage {

    static final String ALL_GAMES = "all";
    static final List<String> PERIODS = List.of("7d", "30d", "90d");
    static final int ROWS = 20;
    /** The API's default threshold for a spread worth listing. */
    static final double MIN_SPREAD_PCT = 20.0;

    private final GetMarketMoversUseCase movers;
    private final ListPriceSpreadsUseCase spreads;
    private final ListTopPredictionsUseCase predictions;
    private final ListGamesUseCase games;
    private final WebContext web;
    private String game;
    private String period;
    private Mover.Ranking ranking;
    private List<MarketRow> spreadRows;
    private List<MarketRow> predictionRows;

    @Inject
    public MarketPage(GetMarketMoversUseCase movers, ListPriceSpreadsUseCase spreads, ListTopPredictionsUseCase predictions,
                      ListGamesUseCase games, WebContext web) {
        this.movers = movers;
        this.spreads = spreads;
        this.predictions = predictions;
        this.games = games;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected MarketPage() {
        this(null, null, null, null, null);
    }

    /** View action of the movers page: reads the switches (unknown period → 7d), 404 for an unknown game. */
    public void loadMovers() {
        readSwitches();
        try {
            ranking = movers.movers(game, Integer.parseInt(period.substring(0, period.length() - 1)), ROWS);
        } catch (CatalogueEntryNotFoundException e) {
            ranking = new Mover.Ranking(List.of(), List.of(), List.of());
            web.notFound();
        }
    }

    private void readSwitches() {
        String asked = web.parameter("game");
        game = asked.isEmpty() ? ALL_GAMES : asked;
        period = PERIODS.contains(web.parameter("period")) ? web.parameter("period") : PERIODS.get(0);
    }

    public String getGame() {
        return game;
    }

    public String getPeriod() {
        return period;
    }

    public List<MarketRow> getGainers() {
        return ranking.gainers().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList();
    }

    public List<MarketRow> getLosers() {
        return ranking.losers().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList();
    }

    public List<MarketRow> getMostVolatile() {
        return ranking.mostVolatile().stream().map(mover -> MarketRow.of(mover, web.getLocale(), web.getBase())).toList();
    }

    public List<LinkOption> getPeriodSwitches() {
        return PERIODS.stream().map(option -> new LinkOption(option, web.message("market.period." + option),
                moversHref(game, option), option.equals(period))).toList();
    }

    public List<LinkOption> getGameSwitches() {
        List<LinkOption> switches = new ArrayList<>();
        switches.add(new LinkOption(ALL_GAMES, web.message("market.allGames"), moversHref(ALL_GAMES, period), ALL_GAMES.equals(game)));
        games.games().stream().filter(known -> known.cards() != null && known.cards() > 0)
                .sorted(Comparator.comparing(GameOverview::cards).reversed())
                .forEach(known -> switches.add(new LinkOption(known.slug(), known.name(), moversHref(known.slug(), period),
                        known.slug().equals(game))));
        return switches;
    }

    private String moversHref(String gameSlug, String periodCode) {
        return web.getBase() + "/market?game=" + gameSlug + "&period=" + periodCode;
    }

    public List<MarketRow> getSpreads() {
        if (spreadRows == null) {
            spreadRows = spreads.spreads(Optional.empty(), MIN_SPREAD_PCT, ROWS).stream()
                    .map(spread -> MarketRow.of(spread, web.getLocale(), web.getBase())).toList();
        }
        return spreadRows;
    }

    /** The spreads list's one-line definition with the threshold this page asks for. */
    public String getSpreadsDefinition() {
        return web.message("market.def.spreads", MIN_SPREAD_PCT);
    }

    public List<MarketRow> getPredictions() {
        if (predictionRows == null) {
            predictionRows = predictions.top(ROWS).stream().filter(found -> found.prediction() != null)
                    .map((CardPrediction found) -> MarketRow.of(found, web.getLocale(), web.getBase(),
                            web.message("market.dataPoints", found.prediction().dataPoints())))
                    .toList();
        }
        return predictionRows;
    }
}
