package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.ListSetCardsUseCase;
import io.cardvault.application.port.in.catalogue.SetCards;
import io.cardvault.domain.catalogue.Window;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** A set: its facts and a grid of its cards in collector-number order, a page at a time. */
@Named
@RequestScoped
public class SetPage {

    static final int PAGE_SIZE = 60;

    private final ListSetCardsUseCase cards;
    private final WebContext web;
    private SetCards set;
    private Pager pager;

    @Inject
    public SetPage(ListSetCardsUseCase cards, WebContext web) {
        this.cards = cards;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected SetPage() {
        this(null, null);
    }

    /** View action: loads the set, or answers 404. */
    public void load() {
        try {
            int page = web.pageParameter();
            set = cards.cards(Long.parseLong(web.parameter("id")), Window.page(page, PAGE_SIZE));
            pager = new Pager(page, set.set().cardCount(), PAGE_SIZE, web.getBase() + "/sets/" + set.set().id(), Map.of());
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

    public Pager getPager() {
        return pager;
    }
}
