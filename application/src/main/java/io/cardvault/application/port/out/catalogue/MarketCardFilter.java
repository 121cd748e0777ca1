package io.cardvault.application.port.out.catalogue;

import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.price.Region;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Pokémon cards a market listing holds: the market ({@link Region#US}: every card of the
 * game; {@link Region#EU}: the cards sold on Cardmarket, that is with a Cardmarket product id), and
 * optionally one set, a name substring, a collector number (the local number, {@code 4}, or the
 * printed one, {@code 4/102}), a finish one of the card's variants has, and only cards with graded
 * prices.
 */
public record MarketCardFilter(Region market, Optional<CardSetId> set, Optional<String> nameContains,
                               Optional<String> collectorNumber, Optional<Finish> finish, boolean gradedOnly) {

    public MarketCardFilter {
        Objects.requireNonNull(market, "market");
        if (market != Region.US && market != Region.EU) {
            throw new IllegalArgumentException("cards are listed per market, US or EU: " + market);
        }
        Objects.requireNonNull(set, "set");
        nameContains = Objects.requireNonNull(nameContains, "nameContains").map(String::strip).filter(text -> !text.isEmpty());
        collectorNumber = Objects.requireNonNull(collectorNumber, "collectorNumber").map(String::strip).filter(text -> !text.isEmpty());
        Objects.requireNonNull(finish, "finish");
    }

    /** Every card of the market. */
    public static MarketCardFilter all(Region market) {
        return new MarketCardFilter(market, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
