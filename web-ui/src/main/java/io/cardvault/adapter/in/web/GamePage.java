package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GameSets;
import io.cardvault.application.port.in.catalogue.ListGameSetsUseCase;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Window;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A game: its sets with cards, newest release first (undated sets last), with card counts, a page at
 * a time. A collector looks for the latest sets first, and a set without cards (announced, or whose
 * cards the catalogue does not hold) leads nowhere. The game's sets are read whole (a few thousand at
 * most) to order and filter them here, so the API's set lists keep their documented release order.
 */
@Named
@RequestScoped
public class GamePage {

    static final int PAGE_SIZE = 30;
    /** More sets than any game has (Magic: about 900). */
    static final int MAX_SETS = 10_000;

    private final ListGameSetsUseCase sets;
    private final WebContext web;
    private GameSets game;
    private Pager pager;
    private List<SetOverview> withCards;

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
            game = sets.sets(web.parameter("slug"), new Window(0, MAX_SETS));
            withCards = newestWithCards(game.sets().items());
            pager = new Pager(web.pageParameter(), withCards.size(), PAGE_SIZE, web.getBase() + "/games/" + game.game().slug(),
                    Map.of());
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

    /** The sets with cards: the ones this page lists. */
    public long getSetCount() {
        return withCards.size();
    }

    public long getCardCount() {
        return game.game().cards() == null ? 0 : game.game().cards();
    }

    public List<SetLink> getSets() {
        int from = (pager.getPage() - 1) * PAGE_SIZE;
        return withCards.subList(Math.min(from, withCards.size()), Math.min(from + PAGE_SIZE, withCards.size())).stream()
                .map(set -> new SetLink(set, web.getBase())).toList();
    }

    /** Sets with at least one card, newest release first, undated ones last, then by id (newest imported first). */
    static List<SetOverview> newestWithCards(List<SetOverview> sets) {
        return sets.stream().filter(set -> set.cardCount() > 0)
                .sorted(Comparator.comparing(SetOverview::releaseDate, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Comparator.comparingLong(SetOverview::id).reversed()))
                .toList();
    }

    public Pager getPager() {
        return pager;
    }
}
