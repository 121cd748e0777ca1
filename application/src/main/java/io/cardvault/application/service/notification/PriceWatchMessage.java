package io.cardvault.application.service.notification;

import io.cardvault.application.port.in.marketplace.ListingPaths;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.Notification;
import io.cardvault.domain.collection.NotificationKind;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.WishlistEntry;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a fired watch tells its owner, written once for the feed, the real-time frame and the mail:
 * the spec's "Charizard hit your target" / "Now €712.50 (target: €750.00)", linking to the card's page.
 */
record PriceWatchMessage(AccountId owner, NotificationKind kind, CardId card, Optional<Long> alertId, String title,
                         String body, String url) {

    /** Card names are the catalogue's; one longer than a title allows is cut rather than refused. */
    private static final int MAX_NAME = 120;

    static PriceWatchMessage alertFired(PriceAlert alert, String cardName, Money price) {
        String title = shortened(cardName) + " hit your target";
        String body = "Now " + shown(price) + " (target: " + shown(alert.target()) + ")";
        return new PriceWatchMessage(alert.owner(), NotificationKind.ALERT_TRIGGERED, alert.card(),
                alert.id().map(id -> id.value()), title, body, cardPage(alert.card()));
    }

    static PriceWatchMessage wishUnderMax(WishlistEntry wish, Money maxPrice, String cardName, Money price) {
        String title = shortened(cardName) + " is under your max price";
        String body = "Now " + shown(price) + " (your max: " + shown(maxPrice) + ")";
        return new PriceWatchMessage(wish.owner(), NotificationKind.WISHLIST_PRICE, wish.card(), Optional.empty(),
                title, body, cardPage(wish.card()));
    }

    /** A new listing at or under an alert's target: "Charizard listed under your target", linking to the listing. */
    static PriceWatchMessage alertListed(PriceAlert alert, String cardName, Money price, long listingId) {
        String title = shortened(cardName) + " listed under your target";
        String body = "Listed at " + shown(price) + " (target: " + shown(alert.target()) + ")";
        return new PriceWatchMessage(alert.owner(), NotificationKind.ALERT_TRIGGERED, alert.card(),
                alert.id().map(id -> id.value()), title, body, ListingPaths.of(listingId));
    }

    /** A new listing under a wish's max price, linking to the listing. */
    static PriceWatchMessage wishListed(WishlistEntry wish, Money maxPrice, String cardName, Money price, long listingId) {
        String title = shortened(cardName) + " listed under your max price";
        String body = "Listed at " + shown(price) + " (your max: " + shown(maxPrice) + ")";
        return new PriceWatchMessage(wish.owner(), NotificationKind.WISHLIST_PRICE, wish.card(), Optional.empty(),
                title, body, ListingPaths.of(listingId));
    }

    /** The card's page, without a language: the site sends the reader to theirs. */
    private static String cardPage(CardId card) {
        return "/cards/" + card.value();
    }

    Notification notification(Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("card_id", card.value());
        alertId.ifPresent(id -> data.put("alert_id", id));
        return Notification.unread(owner, kind, title, body, data, Optional.of(url()), at);
    }

    io.cardvault.domain.realtime.Notification frame() {
        return new io.cardvault.domain.realtime.Notification(owner, kind.code(), title, body, url());
    }

    String mailText(PriceWatchPolicy policy) {
        return title + "\n\n" + body + "\n\n" + (url.startsWith("/listings/") ? "See the listing: " : "See the card: ") + policy.link(url)
                + "\n\nYou get this mail because mail is on for " + kind.code().replace('_', ' ')
                + " notifications in your account settings.\n";
    }

    private static String shortened(String name) {
        String oneLine = name.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() <= MAX_NAME ? oneLine : oneLine.substring(0, MAX_NAME - 1) + "…";
    }

    /** €712.50, $12.34, CHF 3.10: the symbol where English readers know one, else the code. */
    static String shown(Money money) {
        String symbol = money.currency().getSymbol(Locale.US);
        String amount = money.amount().toPlainString();
        return symbol.length() == 1 ? symbol + amount : money.currency().getCurrencyCode() + " " + amount;
    }
}
