package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.collection.AddToWishlistCommand;
import io.cardvault.application.port.in.collection.AddToWishlistUseCase;
import io.cardvault.application.port.in.collection.ListWishlistUseCase;
import io.cardvault.application.port.in.collection.RemoveFromWishlistUseCase;
import io.cardvault.application.port.in.collection.WishlistEntryNotFoundException;
import io.cardvault.application.port.in.collection.WishlistItem;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The wishlist: each wanted card with its max price and current price (highlighted when under it),
 * and a remove button. It also takes the card page's "Add to wishlist" form. Anonymous visitors are
 * sent to sign in.
 */
@Named
@RequestScoped
public class WishlistPage {

    private final ListWishlistUseCase list;
    private final AddToWishlistUseCase add;
    private final RemoveFromWishlistUseCase remove;
    private final WebContext web;
    private final HttpServletRequest request;
    private List<WishRow> wishes = List.of();
    private String error = "";
    private String notice = "";

    @Inject
    public WishlistPage(ListWishlistUseCase list, AddToWishlistUseCase add, RemoveFromWishlistUseCase remove, WebContext web,
                        HttpServletRequest request) {
        this.list = list;
        this.add = add;
        this.remove = remove;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected WishlistPage() {
        this(null, null, null, null, null);
    }

    /** View action: a posted form is carried out (then redirected), and the list is read. */
    public void load() {
        Optional<AccountId> signedIn = WatchForms.ownerToRender(web, request, this::carriedOut);
        if (signedIn.isEmpty()) {
            return;
        }
        AccountId owner = signedIn.get();
        notice = WatchForms.notice(web, "wishlist", Set.of("added", "removed"));
        wishes = list.wishlist(owner).stream().map(this::row).toList();
    }

    private boolean carriedOut(AccountId owner) {
        try {
            switch (web.parameter("do")) {
                case "add" -> {
                    add.add(AddToWishlistCommand.of(owner, WatchForms.card(web.parameter("card")),
                            WatchForms.amount(web.parameter("max_price"), "max_price"),
                            WatchForms.optional(web.parameter("currency"))));
                    web.redirect("/wishlist?done=added");
                }
                case "remove" -> {
                    remove.remove(owner, WatchForms.card(web.parameter("card")));
                    web.redirect("/wishlist?done=removed");
                }
                default -> {
                    error = web.message("watch.error.input");
                    return false;
                }
            }
            return true;
        } catch (InvalidCollectionDataException refused) {
            error = WatchForms.error(web, refused);
        } catch (WishlistEntryNotFoundException gone) {
            error = web.message("wishlist.error.gone");
        }
        return false;
    }

    private WishRow row(WishlistItem item) {
        var locale = web.getLocale();
        return new WishRow(item.card().id().value(), item.card().name(), item.card().setName().orElse(""),
                WatchForms.cardHref(web, item.card().id()),
                item.entry().maxPrice().map(max -> MarketRow.money(max, locale)).orElse(""),
                item.currentPrice().map(price -> MarketRow.money(price, locale)).orElse(""),
                item.underMaxPrice(), WatchForms.dateTime(item.entry().addedAt(), locale),
                CardPicture.thumbnail(item.card().images()), CardTile.hueOf(item.card().name(), null));
    }

    public List<WishRow> getWishes() {
        return wishes;
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    /** One wish as the table shows it; amounts are formatted in the page's language, empty when none. */
    public record WishRow(long cardId, String name, String setName, String href, String maxPrice, String currentPrice,
                          boolean under, String added, CardPicture picture, int hue) {

        /** The card's small picture, null when it has none (its drawn tile is shown). */
        public CardPicture getPicture() {
            return picture;
        }

        public int getHue() {
            return hue;
        }

        public long getCardId() {
            return cardId;
        }

        public String getName() {
            return name;
        }

        public String getSetName() {
            return setName;
        }

        public String getHref() {
            return href;
        }

        public String getMaxPrice() {
            return maxPrice;
        }

        public String getCurrentPrice() {
            return currentPrice;
        }

        public boolean isUnder() {
            return under;
        }

        public String getAdded() {
            return added;
        }
    }
}
