package io.cardvault.domain.realtime;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A card's headline price changed in a committed ingest: delivered on {@code card:<card>},
 * {@code set:<set>} and {@code tcg:<slug>} (the set and tcg frames also carry {@code set_id} and
 * {@code tcg}). {@code variant} is the priced variant ({@code normal}, {@code holo}, …),
 * {@code source} the price source ({@code tcgplayer}, {@code cardmarket}, …).
 */
public record PriceUpdate(CardId card, CardSetId set, String tcg, String source, String variant, Money marketPrice,
                          Instant at) implements MarketEvent {

    public static final String TYPE = "price_update";

    public PriceUpdate {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(set, "set");
        tcg = Topic.tcg(MarketEvent.requireText(tcg, "tcg")).name().substring(TopicKind.TCG.prefix().length());
        source = MarketEvent.requireText(source, "source");
        variant = MarketEvent.requireText(variant, "variant");
        Objects.requireNonNull(marketPrice, "marketPrice");
        if (marketPrice.isNegative()) {
            throw new InvalidTopicException("market_price must not be negative");
        }
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Topic> topics() {
        return List.of(Topic.card(card), Topic.set(set), Topic.tcg(tcg));
    }
}
