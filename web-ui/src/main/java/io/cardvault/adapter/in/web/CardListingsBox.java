package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.marketplace.ListListingsUseCase;
import io.cardvault.application.port.in.marketplace.ListingQuery;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The card page's marketplace box: how many listings of the card are on sale and from what price
 * ("3 listings from €12.00", linking to the marketplace narrowed to the card), and "Sell this card"
 * for the variant on screen.
 */
@Named
@RequestScoped
public class CardListingsBox {

    private final ListListingsUseCase listings;
    private final WebContext web;
    private Slice<ListingView> onSale;

    @Inject
    public CardListingsBox(ListListingsUseCase listings, WebContext web) {
        this.listings = listings;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected CardListingsBox() {
        this(null, null);
    }

    private Slice<ListingView> onSale() {
        if (onSale == null) {
            String card = web.parameter("id");
            onSale = !card.matches("[1-9]\\d{0,17}") ? new Slice<>(List.of(), 0)
                    : listings.list(new ListingQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(new CardId(Long.parseLong(card))), ListingQuery.MAX_LIMIT, 0));
        }
        return onSale;
    }

    public long getCount() {
        return onSale().total();
    }

    /** The lowest price on sale (of the newest {@value ListingQuery#MAX_LIMIT} listings), empty when none. */
    public String getFromPrice() {
        return onSale().items().stream().map(view -> view.listing().terms().price()).min(Comparator.naturalOrder())
                .map(price -> MarketRow.money(price, web.getLocale())).orElse("");
    }

    /** Whether a demo seller lists the card, so the box says demo listings are among them. */
    public boolean isDemoAmong() {
        return onSale().items().stream().anyMatch(ListingView::isDemo);
    }

    public String getMarketplaceHref() {
        return web.getBase() + "/marketplace?card=" + web.parameter("id");
    }

    /** Sell the card, in the variant the card page shows. */
    public String sellHref(long variantId) {
        return web.getBase() + "/sell?card=" + web.parameter("id") + (variantId > 0 ? "&variant=" + variantId : "");
    }
}
