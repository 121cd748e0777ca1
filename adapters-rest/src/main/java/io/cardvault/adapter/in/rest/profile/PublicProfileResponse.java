package io.cardvault.adapter.in.rest.profile;

import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.in.profile.PublicProfile;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /users/{username}}: {@code member_since}, {@code avatar_url} (null without one) and the active
 * {@code seller_listings} always; {@code portfolio_value}, {@code tcg_breakdown}, {@code top_cards},
 * {@code recently_added} and {@code showcase} only when {@code is_collection_public}, else null.
 */
public record PublicProfileResponse(String username, String memberSince, String avatarUrl, boolean isCollectionPublic,
                                    List<ListingRow> sellerListings, String currency, BigDecimal portfolioValue,
                                    Integer cardCount, Map<String, BigDecimal> tcgBreakdown, List<CardRow> topCards,
                                    List<CardRow> recentlyAdded, List<CardRow> showcase) {

    /** An active listing. */
    public record ListingRow(long id, long cardId, BigDecimal price, String currency, String condition, int quantity) {
    }

    /** A card of the collection with its current value (null without a price). */
    public record CardRow(long cardId, String name, String setName, String tcgSlug, int quantity, BigDecimal value,
                          String imageUrl) {

        static CardRow from(CollectionItem item) {
            return new CardRow(item.entry().card().value(), item.cardName(), item.setName(), item.gameSlug(), item.entry().quantity(),
                    item.currentValue().map(Money::amount).orElse(null), item.images().map(images -> images.full().url()).orElse(null));
        }
    }

    static PublicProfileResponse from(PublicProfile profile, String currency) {
        List<ListingRow> listings = profile.sellerListings().stream().map(PublicProfileResponse::listing).toList();
        var shown = profile.collection();
        return new PublicProfileResponse(profile.username(), profile.memberSince().toString(),
                profile.hasAvatar() ? "/users/" + profile.username() + "/avatar" : null, profile.collectionPublic(), listings,
                shown.isPresent() ? currency : null,
                shown.map(showcase -> showcase.portfolioValue().amount()).orElse(null),
                shown.map(PublicProfile.Showcase::cardCount).orElse(null),
                shown.map(showcase -> {
                    Map<String, BigDecimal> byGame = new TreeMap<>();
                    showcase.byGame().forEach((game, value) -> byGame.put(game, value.amount()));
                    return byGame;
                }).orElse(null),
                shown.map(showcase -> showcase.topCards().stream().map(CardRow::from).toList()).orElse(null),
                shown.map(showcase -> showcase.recentlyAdded().stream().map(CardRow::from).toList()).orElse(null),
                shown.map(showcase -> showcase.showcase().stream().map(CardRow::from).toList()).orElse(null));
    }

    private static ListingRow listing(Listing listing) {
        var terms = listing.terms();
        return new ListingRow(listing.requireId().value(), terms.card().value(), terms.price().amount(),
                terms.price().currency().getCurrencyCode(), terms.condition().name(), terms.quantity());
    }
}
