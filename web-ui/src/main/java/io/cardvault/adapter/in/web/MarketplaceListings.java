package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CompareCardsUseCase;
import io.cardvault.application.port.in.marketplace.GetReputationUseCase;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.ReputationView;
import io.cardvault.application.port.in.marketplace.TraderNotFoundException;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the marketplace's pages share: listings turned into tiles (their cards read in one batch,
 * each seller's reputation read once per page), and the words for a condition, a slab and a
 * reputation in the page's language.
 */
final class MarketplaceListings {

    private MarketplaceListings() {
    }

    /** The tiles of a page of listings, in the listings' order; a listing whose card is gone is left out. */
    static List<ListingTile> tiles(List<ListingView> listings, CompareCardsUseCase cards, GetReputationUseCase reputations,
                                   WebContext web) {
        if (listings.isEmpty()) {
            return List.of();
        }
        Map<Long, CardDetails> known = cards.compare(listings.stream().map(view -> view.listing().terms().card()).toList())
                .cards().stream().collect(Collectors.toMap(CardDetails::id, Function.identity()));
        Map<Username, Optional<ReputationView>> seen = new HashMap<>();
        return listings.stream().filter(view -> known.containsKey(view.listing().terms().card().value()))
                .map(view -> ListingTile.of(view, known.get(view.listing().terms().card().value()),
                        seen.computeIfAbsent(view.seller(), name -> reputation(reputations, name)), web))
                .toList();
    }

    /** An account's reputation; empty for a name no account has any more (a deleted seller). */
    static Optional<ReputationView> reputation(GetReputationUseCase reputations, Username seller) {
        try {
            return Optional.of(reputations.get(seller));
        } catch (TraderNotFoundException gone) {
            return Optional.empty();
        }
    }

    static String condition(WebContext web, CardCondition condition) {
        return web.message("condition." + condition.name());
    }

    /** A slab as collectors write it: {@code PSA 9.5}; the company-less grade as the grade alone. */
    static String grading(Optional<Grading> grading) {
        return grading.map(slab -> slab.company() == GradingCompany.OTHER ? slab.grade()
                : slab.company().code().toUpperCase(Locale.ROOT) + " " + slab.grade()).orElse("");
    }

    /** Whole stars of an average rating (rounded half up), for the ★ row; 0 without ratings. */
    static int stars(Optional<BigDecimal> average) {
        return average.map(value -> value.setScale(0, RoundingMode.HALF_UP).intValue()).orElse(0);
    }

    /** The average to one decimal in the page's language ({@code 4,5} in Dutch); empty without ratings. */
    static String average(Optional<BigDecimal> average, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return average.map(format::format).orElse("");
    }

    /** {@code ★★★★☆}: the stars of an average out of five. */
    static String starRow(int stars) {
        return "★".repeat(Math.max(0, Math.min(5, stars))) + "☆".repeat(5 - Math.max(0, Math.min(5, stars)));
    }

    static CardId cardOf(ListingView view) {
        return view.listing().terms().card();
    }
}
