package io.cardvault.application.port.in.profile;

import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A collector's public page: always who and since when, their avatar and active listings; the collection only when public. */
public record PublicProfile(String username, Instant memberSince, boolean hasAvatar, boolean collectionPublic,
                            List<Listing> sellerListings, Optional<Showcase> collection) {

    public PublicProfile {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(memberSince, "memberSince");
        sellerListings = List.copyOf(sellerListings);
        Objects.requireNonNull(collection, "collection");
    }

    /** What a public collection shows: its value, value per game, the most valuable and the newest cards, and a grid of them. */
    public record Showcase(Money portfolioValue, int cardCount, Map<String, Money> byGame, List<CollectionItem> topCards,
                           List<CollectionItem> recentlyAdded, List<CollectionItem> showcase) {

        public Showcase {
            byGame = Map.copyOf(byGame);
            topCards = List.copyOf(topCards);
            recentlyAdded = List.copyOf(recentlyAdded);
            showcase = List.copyOf(showcase);
        }
    }
}
