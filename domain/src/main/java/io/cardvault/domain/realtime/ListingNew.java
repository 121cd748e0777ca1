package io.cardvault.domain.realtime;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/** A seller listed a card: delivered on {@code marketplace:new}, {@code card:<card>} and {@code tcg:<slug>}. */
public record ListingNew(long listingId, CardId card, String tcg, Money price) implements MarketEvent {

    public static final String TYPE = "listing_new";

    public ListingNew {
        if (listingId < 1) {
            throw new InvalidTopicException("listing ids are positive: " + listingId);
        }
        Objects.requireNonNull(card, "card");
        tcg = Topic.tcg(MarketEvent.requireText(tcg, "tcg")).name().substring(TopicKind.TCG.prefix().length());
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw new InvalidTopicException("price must not be negative");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Topic> topics() {
        return List.of(Topic.MARKETPLACE_NEW, Topic.card(card), Topic.tcg(tcg));
    }
}
