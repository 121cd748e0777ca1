package io.cardvault.domain.catalogue;

import java.util.regex.Pattern;

/** A trading-card game the platform covers, named by its URL slug ({@code pokemon}). */
public record Game(String slug, String name) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public Game {
        InvalidCatalogueDataException.require(slug != null && SLUG.matcher(slug).matches(), "not a game slug: " + slug);
        name = InvalidCatalogueDataException.requireText(name, 100, "game name");
    }
}
