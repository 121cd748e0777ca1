package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.in.profile.GetPublicProfileUseCase;
import io.cardvault.application.port.in.profile.ProfileNotFoundException;
import io.cardvault.application.port.in.profile.PublicProfile;
import io.cardvault.domain.marketplace.Listing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Currency;
import java.util.List;

/**
 * A collector's public page ({@code /en/users/{username}}): member since, avatar and active listings always;
 * the collection's value, game breakdown, top cards and recently added only when they made it public, which
 * the same use case as {@code GET /users/{username}} decides.
 */
@Named
@RequestScoped
public class UserPage {

    private final GetPublicProfileUseCase profiles;
    private final WebContext web;
    private PublicProfile profile;

    @Inject
    public UserPage(GetPublicProfileUseCase profiles, WebContext web) {
        this.profiles = profiles;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected UserPage() {
        this(null, null);
    }

    /** View action: the profile, or a 404 page. */
    public void load() {
        try {
            profile = profiles.profile(web.parameter("username"), Currency.getInstance("EUR"));
        } catch (ProfileNotFoundException missing) {
            web.notFound();
        }
    }

    public boolean isFound() {
        return profile != null;
    }

    public String getUsername() {
        return profile.username();
    }

    public String getMemberSince() {
        return profile.memberSince().toString().substring(0, 10);
    }

    /** The avatar's address, empty without one (a drawn initial is shown). */
    public String getAvatarUrl() {
        return profile.hasAvatar() ? "/users/" + profile.username() + "/avatar" : "";
    }

    public String getInitial() {
        return profile.username().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isCollectionShown() {
        return profile.collection().isPresent();
    }

    public String getPortfolioValue() {
        return profile.collection().map(shown -> MarketRow.money(shown.portfolioValue(), web.getLocale())).orElse("");
    }

    public int getCardCount() {
        return profile.collection().map(PublicProfile.Showcase::cardCount).orElse(0);
    }

    public List<Row> getBreakdown() {
        return profile.collection().map(shown -> shown.byGame().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> new Row(entry.getKey(), "", MarketRow.money(entry.getValue(), web.getLocale()))).toList()).orElse(List.of());
    }

    public List<Row> getTopCards() {
        return profile.collection().map(shown -> cards(shown.topCards())).orElse(List.of());
    }

    public List<Row> getRecentlyAdded() {
        return profile.collection().map(shown -> cards(shown.recentlyAdded())).orElse(List.of());
    }

    public List<Row> getListings() {
        return profile.sellerListings().stream().map(this::listing).toList();
    }

    private List<Row> cards(List<CollectionItem> items) {
        return items.stream().map(item -> new Row(item.cardName(), web.getBase() + "/cards/" + item.entry().card().value(),
                item.currentValue().map(value -> MarketRow.money(value, web.getLocale())).orElse(""))).toList();
    }

    private Row listing(Listing listing) {
        var terms = listing.terms();
        return new Row(terms.quantity() + "× " + terms.condition().name(), web.getBase() + "/cards/" + terms.card().value(),
                MarketRow.money(terms.price(), web.getLocale()));
    }

    /** A line of one of the page's lists: a label, where it links (may be empty) and an amount. */
    public record Row(String label, String href, String amount) {

        public String getLabel() {
            return label;
        }

        public String getHref() {
            return href;
        }

        public String getAmount() {
            return amount;
        }
    }
}
