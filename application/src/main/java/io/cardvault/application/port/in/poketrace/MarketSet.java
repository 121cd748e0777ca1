package io.cardvault.application.port.in.poketrace;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A Pokémon set as the PokeTrace API lists it: slug, name, release date, how many cards the catalogue holds. */
public record MarketSet(String slug, String name, Optional<LocalDate> releaseDate, int cardCount) {

    public MarketSet {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(releaseDate, "releaseDate");
    }
}
