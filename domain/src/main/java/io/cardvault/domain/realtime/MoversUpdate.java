package io.cardvault.domain.realtime;

import java.util.List;
import java.util.Objects;

/** The movers were recomputed: the top gainers and losers of {@code tcg} ({@code all} for every game) over {@code period}. */
public record MoversUpdate(String tcg, String period, List<TickerLine> items) implements MarketEvent {

    public static final String TYPE = "movers";

    public MoversUpdate {
        tcg = MarketEvent.requireText(tcg, "tcg");
        period = MarketEvent.requireText(period, "period");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Topic> topics() {
        return List.of(Topic.MARKET_MOVERS);
    }
}
