package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GameSets;
import io.cardvault.application.port.in.catalogue.ListGameSetsUseCase;
import io.cardvault.domain.catalogue.Window;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** A game: its sets by release date with card counts, a page at a time. */
@Named
@RequestScoped
public class GamePage {

    static final int PAGE_SIZE = 30;

    private final ListGameSetsUseCase sets;
    private final WebContext web;
    private GameSets game;
    private Pager pager;

    @Inject
    public GamePage(ListGameSetsUseCase sets, WebContext web) {
        this.sets = sets;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected GamePage() {
        this(null, null);
    }

    /** View action: loads the game, or answers 404. */
    public void load() {
        try {
            int page = web.pageParameter();
            game = sets.sets(web.parameter("slug"), Window.page(page, PAGE_SIZE));
            pager = new Pager(page, game.sets().total(), PAGE_SIZE, web.getBase() + "/games/" + game.game().slug(), Map.of());
        } catch (CatalogueEntryNotFoundException e) {
            web.notFound();
        }
    }

    public boolean isFound() {
        return game != null;
    }

    public String getName() {
        return game.game().name();
    }

    public String getPublisher() {
        return game.game().publisher() == null ? "" : game.game().publisher();
    }

    public long getSetCount() {
        return game.sets().total();
    }

    public long getCardCount() {
        return game.game().cards() == null ? 0 : game.game().cards();
    }

    public List<SetLink> getSets() {
        return game.sets().items().stream().map(set -> new SetLink(set, web.getBase())).toList();
    }

    public Pager getPager() {
        return pager;
    }
}
