package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueIds;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.ListSetCardsUseCase;
import io.cardvault.application.port.in.catalogue.SetCards;
import io.cardvault.application.port.in.price.GetSetPriceStatsUseCase;
import io.cardvault.application.port.in.price.ListTopSetCardsUseCase;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Window;
import io.cardvault.domain.price.SetPriceStats;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A set: its facts, its value (when any of its cards is priced) with its most valuable cards, and
 * a grid of its cards in collector-number order, a page at a time.
 */
@Named
@RequestScoped
public class SetPage {

    static final int PAGE_SIZE = 60;
    static final int TOP_CARDS = 5;

    private final ListSetCardsUseCase cards;
    private final GetSetPriceStatsUseCase priceStats;
    private final ListTopSetCardsUseCase topCards;
    private final WebContext web;
    private SetCards set;
    private Pager pager;
    private SetPriceStats stats;

    @Inject
    public SetPage(ListSetCardsUseCase cards, GetSetPriceStatsUseCase priceStats, ListTopSetCardsUseCase topCards, WebContext web) {
        this.cards = cards;
        this.priceStats = priceStats;
        this.topCards = topCards;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected SetPage() {
        this(null, null, null, null);
    }

    /** View action: loads the set, or answers 404. */
    public void load() {
        try {
            int page = web.pageParameter();
            CardSetId id = CatalogueIds.set(Long.parseLong(web.parameter("id")));
            set = cards.cards(id, Window.page(page, PAGE_SIZE));
            if (Pager.clamp(page, set.set().cardCount(), PAGE_SIZE) != page) {
                page = Pager.clamp(page, set.set().cardCount(), PAGE_SIZE);
                set = cards.cards(id, Window.page(page, PAGE_SIZE));
            }
            pager = new Pager(page, set.set().cardCount(), PAGE_SIZE, web.getBase() + "/sets/" + set.set().id(), Map.of());
            stats = priceStats.setStats(new CardSetId(set.set().id()));
        } catch (CatalogueEntryNotFoundException | NumberFormatException e) {
            web.notFound();
        }
    }

    public boolean isFound() {
        return set != null;
    }

    public SetLink getSet() {
        return new SetLink(set.set(), web.getBase());
    }

    public String getGameHref() {
        return web.getBase() + "/games/" + set.set().gameSlug();
    }

    public List<CardTile> getCards() {
        return set.cards().stream().map(card -> CardTile.of(card, web.getBase())).toList();
    }

    public boolean isPriced() {
        return stats != null && stats.pricedCards() > 0;
    }

    public int getPricedCards() {
        return stats.pricedCards();
    }

    public String getTotalValue() {
        return money(stats.totalValue());
    }

    public String getAverageValue() {
        return money(stats.avgPrice());
    }

    public String getMinValue() {
        return money(stats.minPrice());
    }

    public String getMaxValue() {
        return money(stats.maxPrice());
    }

    private String money(BigDecimal amount) {
        return amount == null ? "" : MarketRow.money(amount, stats.currency(), web.getLocale());
    }

    public List<MarketRow> getTopCards() {
        return isPriced() ? topCards.topCards(new CardSetId(set.set().id()), TOP_CARDS).stream()
                .map(card -> MarketRow.of(card, web.getLocale(), web.getBase())).toList() : List.of();
    }

    public Pager getPager() {
        return pager;
    }
}
