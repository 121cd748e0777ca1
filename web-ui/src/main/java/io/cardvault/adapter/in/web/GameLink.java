package io.cardvault.adapter.in.web;

import io.cardvault.domain.catalogue.GameOverview;

/** A game in a list: its name, publisher and counters, linking to its sets. */
public final class GameLink {

    private final String slug;
    private final String name;
    private final String publisher;
    private final long sets;
    private final long cards;
    private final String href;

    private GameLink(String slug, String name, String publisher, long sets, long cards, String href) {
        this.slug = slug;
        this.name = name;
        this.publisher = publisher == null ? "" : publisher;
        this.sets = sets;
        this.cards = cards;
        this.href = href;
    }

    static GameLink of(GameOverview game, String base) {
        return new GameLink(game.slug(), game.name(), game.publisher(), game.sets() == null ? 0 : game.sets(),
                game.cards() == null ? 0 : game.cards(), base + "/games/" + game.slug());
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getPublisher() {
        return publisher;
    }

    public long getSets() {
        return sets;
    }

    public long getCards() {
        return cards;
    }

    public String getHref() {
        return href;
    }
}
