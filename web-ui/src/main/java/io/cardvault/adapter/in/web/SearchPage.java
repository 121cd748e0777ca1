package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.ListGameSetsUseCase;
import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.application.port.in.search.SearchCardsQuery;
import io.cardvault.application.port.in.search.SearchCardsUseCase;
import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.catalogue.CardSearchPage;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.Window;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Search results with the API's filters (game, set, rarity) as a GET form, so every result page is
 * a link. The API ranks by relevance; the other orders sort its best {@value #SORT_WINDOW}
 * matches (the page says so when there are more).
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 24;
    static final int SORT_WINDOW = SearchCardsQuery.MAX_LIMIT;
    static final List<String> SORTS = List.of("relevance", "name", "number", "set");
    private static final int MAX_SETS_LISTED = 1_000;

    private final SearchCardsUseCase search;
    private final ListGamesUseCase games;
    private final ListGameSetsUseCase gameSets;
    private final WebContext web;
    private String text = "";
    private String game = "";
    private String set = "";
    private String rarity = "";
    private String sort = "relevance";
    private String minPrice = "";
    private String maxPrice = "";
    private List<CardTile> results = List.of();
    private long total;
    private boolean invalid;
    private boolean priceInvalid;
    private Pager pager;

    @Inject
    public SearchPage(SearchCardsUseCase search, ListGamesUseCase games, ListGameSetsUseCase gameSets, WebContext web) {
        this.search = search;
        this.games = games;
        this.gameSets = gameSets;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected SearchPage() {
        this(null, null, null, null);
    }

    /** View action: runs the search the URL describes. */
    public void load() {
        text = web.parameter("q");
        game = web.parameter("game");
        set = web.parameter("set").matches("\\d{1,18}") ? web.parameter("set") : "";
        rarity = web.parameter("rarity");
        sort = SORTS.contains(web.parameter("sort")) ? web.parameter("sort") : "relevance";
        minPrice = web.parameter("min_price");
        maxPrice = web.parameter("max_price");
        if (text.isEmpty()) {
            return;
        }
        if (text.length() > SearchCardsQuery.MAX_TEXT) {
            invalid = true;
            return;
        }
        BigDecimal minUsd = isPriceBound(minPrice) ? priceBound(minPrice).orElse(null) : null;
        BigDecimal maxUsd = isPriceBound(maxPrice) ? priceBound(maxPrice).orElse(null) : null;
        if (!isPriceBound(minPrice) || !isPriceBound(maxPrice) || minUsd != null && maxUsd != null && minUsd.compareTo(maxUsd) > 0) {
            invalid = true;
            priceInvalid = true;
            return;
        }
        int page = web.pageParameter();
        Long setId = set.isEmpty() ? null : Long.valueOf(set);
        String gameSlug = game.isEmpty() ? null : game;
        String rarityFilter = rarity.isEmpty() ? null : rarity;
        List<CardSearchHit> hits;
        String language = web.getLocale().getLanguage();
        if ("relevance".equals(sort)) {
            CardSearchPage found = search.search(new SearchCardsQuery(text, gameSlug, setId, rarityFilter, minUsd, maxUsd,
                    PAGE_SIZE, (page - 1) * PAGE_SIZE, language));
            if (Pager.clamp(page, found.total(), PAGE_SIZE) != page) {
                page = Pager.clamp(page, found.total(), PAGE_SIZE);
                found = search.search(new SearchCardsQuery(text, gameSlug, setId, rarityFilter, minUsd, maxUsd,
                        PAGE_SIZE, (page - 1) * PAGE_SIZE, language));
            }
            total = found.total();
            hits = found.hits();
        } else {
            CardSearchPage best = search.search(new SearchCardsQuery(text, gameSlug, setId, rarityFilter, minUsd, maxUsd,
                    SORT_WINDOW, 0, language));
            total = best.total();
            List<CardSearchHit> sorted = new ArrayList<>(best.hits());
            sorted.sort(order());
            page = Pager.clamp(page, Math.min(total, SORT_WINDOW), PAGE_SIZE);
            int from = Math.min(sorted.size(), (page - 1) * PAGE_SIZE);
            hits = sorted.subList(from, Math.min(sorted.size(), from + PAGE_SIZE));
        }
        results = hits.stream().map(hit -> CardTile.of(hit, web.getBase(), web.getLocale())).toList();
        long pageable = "relevance".equals(sort) ? total : Math.min(total, SORT_WINDOW);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", text);
        query.put("game", game);
        query.put("set", set);
        query.put("rarity", rarity);
        query.put("min_price", minPrice);
        query.put("max_price", maxPrice);
        query.put("sort", "relevance".equals(sort) ? "" : sort);
        pager = new Pager(page, pageable, PAGE_SIZE, web.getBase() + "/search", query);
    }

    private Comparator<CardSearchHit> order() {
        Collator collator = Collator.getInstance(web.getLocale());
        return switch (sort) {
            case "name" -> Comparator.comparing(CardSearchHit::name, collator);
            case "number" -> Comparator.comparing((CardSearchHit hit) -> leadingNumber(hit.number()))
                    .thenComparing(CardSearchHit::number);
            default -> Comparator.comparing(CardSearchHit::setName, collator).thenComparing(hit -> leadingNumber(hit.number()));
        };
    }

    /** 4 for "4", "004" or "4/102"; numbers without digits sort last. */
    static long leadingNumber(String number) {
        String digits = number.replaceFirst("^\\D*(\\d{1,15}).*$", "$1");
        return digits.matches("\\d+") ? Long.parseLong(digits) : Long.MAX_VALUE;
    }

    public String getText() {
        return text;
    }

    public String getGame() {
        return game;
    }

    public String getSet() {
        return set;
    }

    public String getRarity() {
        return rarity;
    }

    public boolean isPriceInvalid() {
        return priceInvalid;
    }

    public String getMinPrice() {
        return minPrice;
    }

    public String getMaxPrice() {
        return maxPrice;
    }

    /** True when a price bound is absent or an amount in dollars of at most two decimals (a comma may be the separator). */
    static boolean isPriceBound(String bound) {
        return bound.isEmpty() || bound.matches("\\d{1,9}([.,]\\d{1,2})?");
    }

    /** A valid price bound as an amount; empty when not given. */
    static Optional<BigDecimal> priceBound(String bound) {
        return bound.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(bound.replace(',', '.')));
    }

    public String getSort() {
        return sort;
    }

    public List<String> getSorts() {
        return SORTS;
    }

    public boolean isSearched() {
        return !text.isEmpty() && !invalid;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public List<CardTile> getResults() {
        return results;
    }

    public long getTotal() {
        return total;
    }

    /** Sorted among the best matches only: there are more matches than the window. */
    public boolean isSortWindowed() {
        return !"relevance".equals(sort) && total > SORT_WINDOW;
    }

    public int getSortWindow() {
        return SORT_WINDOW;
    }

    public Pager getPager() {
        return pager;
    }

    public List<GameLink> getGames() {
        return games.games().stream().filter(found -> found.cards() != null && found.cards() > 0)
                .sorted(Comparator.comparing(GameOverview::name)).map(found -> GameLink.of(found, web.getBase())).toList();
    }

    /** The sets of the chosen game, for the set filter; none before a game is chosen. */
    public List<SetLink> getSets() {
        if (game.isEmpty()) {
            return List.of();
        }
        try {
            return gameSets.sets(game, new Window(0, MAX_SETS_LISTED)).sets().items().stream()
                    .map(found -> new SetLink(found, web.getBase())).toList();
        } catch (CatalogueEntryNotFoundException e) {
            return List.of();
        }
    }
}
