package io.cardvault.application.service.realtime;

import io.cardvault.application.port.in.analytics.GetMarketMoversUseCase;
import io.cardvault.application.port.in.analytics.InvalidateCardAnalyticsUseCase;
import io.cardvault.application.port.in.analytics.RecomputeMarketAggregatesUseCase;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.domain.analytics.Mover.Ranking;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.price.CardPriceChange;
import io.cardvault.domain.price.DailySnapshotTaken;
import io.cardvault.domain.price.HeadlinePricesChanged;
import io.cardvault.domain.realtime.MoversUpdate;
import io.cardvault.domain.realtime.PriceUpdate;
import io.cardvault.domain.realtime.PricesRefreshed;
import io.cardvault.domain.realtime.TickerLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What follows a committed price change, in one place: the real-time {@code price_update} per
 * card (and {@code prices_refreshed} after the daily snapshot), the per-card analytics caches
 * dropped, and after the snapshot the dashboard aggregates recomputed with the new movers
 * broadcast. Observers run after the ingest's transaction commits, so nothing announces prices
 * that were rolled back; a failure here is logged and never undoes the stored prices.
 */
@ApplicationScoped
public class PriceEventRelay {

    /** The movers broadcast after each recompute: all games, the spec's default period and size. */
    static final int MOVERS_PERIOD_DAYS = 7;
    static final int MOVERS_LIMIT = 20;

    private static final Logger LOG = Logger.getLogger(PriceEventRelay.class.getName());

    private final PublishMarketEventPort events;
    private final InvalidateCardAnalyticsUseCase analyticsCaches;
    private final RecomputeMarketAggregatesUseCase aggregates;
    private final GetMarketMoversUseCase movers;
    private final Clock clock;

    @Inject
    public PriceEventRelay(PublishMarketEventPort events, InvalidateCardAnalyticsUseCase analyticsCaches,
                           RecomputeMarketAggregatesUseCase aggregates, GetMarketMoversUseCase movers) {
        this(events, analyticsCaches, aggregates, movers, Clock.systemUTC());
    }

    PriceEventRelay(PublishMarketEventPort events, InvalidateCardAnalyticsUseCase analyticsCaches,
                    RecomputeMarketAggregatesUseCase aggregates, GetMarketMoversUseCase movers, Clock clock) {
        this.events = events;
        this.analyticsCaches = analyticsCaches;
        this.aggregates = aggregates;
        this.movers = movers;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected PriceEventRelay() {
        this(null, null, null, null, null);
    }

    void onHeadlinePricesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HeadlinePricesChanged changed) {
        Instant at = clock.instant();
        for (CardPriceChange change : changed.changes()) {
            try {
                analyticsCaches.invalidate(change.cardId());
                events.publish(new PriceUpdate(change.cardId(), change.setId(), change.gameSlug(), change.source().code(),
                        change.finish(), change.marketPrice(), at));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Price change of card " + change.cardId().value() + " not relayed", e);
            }
        }
    }

    void onDailySnapshotTaken(@Observes(during = TransactionPhase.AFTER_SUCCESS) DailySnapshotTaken snapshot) {
        try {
            events.publish(new PricesRefreshed(snapshot.snapshots(), "daily_snapshot"));
            analyticsCaches.invalidateAll();
            aggregates.recompute();
            Ranking ranking = movers.movers("all", MOVERS_PERIOD_DAYS, MOVERS_LIMIT);
            List<TickerLine> items = Stream.concat(ranking.gainers().stream(), ranking.losers().stream())
                    .map(PriceEventRelay::mover).toList();
            events.publish(new MoversUpdate("all", MOVERS_PERIOD_DAYS + "d", items));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Daily snapshot of " + snapshot.day() + " not fully relayed", e);
        }
    }

    private static TickerLine mover(io.cardvault.domain.analytics.Mover mover) {
        return new TickerLine(new CardId(mover.card().id()), mover.card().name(), mover.currentPrice(),
                BigDecimal.valueOf(mover.changePct()).setScale(2, RoundingMode.HALF_EVEN));
    }
}
