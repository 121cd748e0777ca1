package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CompareCardsUseCase;
import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.application.port.in.marketplace.GetReputationUseCase;
import io.cardvault.application.port.in.marketplace.ListListingsUseCase;
import io.cardvault.application.port.in.marketplace.ListingQuery;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.shared.Money;
import io.cardvault.domain.catalogue.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The marketplace's browse ({@code /{lang}/marketplace}): the listings on sale, newest first, with
 * the API's filters (game, euro price range, condition) and one more, a card ({@code ?card=4}, the
 * card page's "listings of this card"). A page past the end shows the last page, as the site's
 * other paged lists do.
 */
@Named
@RequestScoped
public class MarketplacePage {

    /** A page of tiles; also the most cards one batch read fetches ({@link CompareCardsUseCase#MAX_CARDS}). */
    static final int PAGE_SIZE = CompareCardsUseCase.MAX_CARDS;
    private static final Currency EURO = Currency.getInstance("EUR");

    private final ListListingsUseCase listings;
    private final CompareCardsUseCase cards;
    private final GetReputationUseCase reputations;
    private final ListGamesUseCase games;
    private final WebContext web;
    private String game = "";
    private String minPrice = "";
    private String maxPrice = "";
    private String condition = "";
    private String card = "";
    private boolean invalid;
    private long total;
    private List<ListingTile> tiles = List.of();
    private Pager pager;

    @Inject
    public MarketplacePage(ListListingsUseCase listings, CompareCardsUseCase cards, GetReputationUseCase reputations,
                           ListGamesUseCase games, WebContext web) {
        this.listings = listings;
        this.cards = cards;
        this.reputations = reputations;
        this.games = games;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected MarketplacePage() {
        this(null, null, null, null, null);
    }

    /** View action: reads the filters from the URL and the page of listings they let through. */
    public void load() {
        game = web.parameter("game").matches("[a-z0-9][a-z0-9-]{0,31}") ? web.parameter("game") : "";
        minPrice = web.parameter("min_price");
        maxPrice = web.parameter("max_price");
        condition = MyCollectionPage.condition(web.parameter("condition")).map(CardCondition::name).orElse("");
        card = web.parameter("card").matches("[1-9]\\d{0,17}") ? web.parameter("card") : "";
        Map<String, String> query = new LinkedHashMap<>();
        query.put("game", game);
        query.put("min_price", minPrice);
        query.put("max_price", maxPrice);
        query.put("condition", condition);
        query.put("card", card);
        pager = new Pager(1, 0, PAGE_SIZE, web.getBase() + "/marketplace", query);
        if (!SearchPage.isPriceBound(minPrice) || !SearchPage.isPriceBound(maxPrice)) {
            invalid = true;
            return;
        }
        int page = web.pageParameter();
        try {
            Slice<ListingView> found = listings.list(query(page));
            int lastPage = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (page > lastPage) {
                page = lastPage;
                found = listings.list(query(page));
            }
            total = found.total();
            tiles = MarketplaceListings.tiles(found.items(), cards, reputations, web);
            pager = new Pager(page, total, PAGE_SIZE, web.getBase() + "/marketplace", query);
        } catch (InvalidMarketplaceDataException refused) {
            invalid = true; // a minimum above the maximum
        }
    }

    private ListingQuery query(int page) {
        return new ListingQuery(Optional.of(game).filter(slug -> !slug.isEmpty()), euros(minPrice), euros(maxPrice),
                MyCollectionPage.condition(condition), Optional.of(card).filter(id -> !id.isEmpty()).map(id -> new CardId(Long.parseLong(id))),
                PAGE_SIZE, (page - 1) * PAGE_SIZE);
    }

    private static Optional<Money> euros(String bound) {
        return SearchPage.priceBound(bound).map(amount -> new Money(EURO, amount));
    }

    public List<ListingTile> getTiles() {
        return tiles;
    }

    public long getTotal() {
        return total;
    }

    public Pager getPager() {
        return pager;
    }

    public boolean isInvalid() {
        return invalid;
    }

    /** Whether any listing shown is a demo seller's, so the page says what the badge means. */
    public boolean isDemoShown() {
        return tiles.stream().anyMatch(ListingTile::isDemo);
    }

    public String getGame() {
        return game;
    }

    public String getMinPrice() {
        return minPrice;
    }

    public String getMaxPrice() {
        return maxPrice;
    }

    public String getCondition() {
        return condition;
    }

    public String getCard() {
        return card;
    }

    public List<GameLink> getGames() {
        return games.games().stream().filter(found -> found.cards() != null && found.cards() > 0)
                .sorted(Comparator.comparing(GameOverview::name)).map(found -> GameLink.of(found, web.getBase())).toList();
    }

    public List<LinkOption> getConditions() {
        return MyCollectionPage.conditionOptions(web, MyCollectionPage.condition(condition));
    }
}
