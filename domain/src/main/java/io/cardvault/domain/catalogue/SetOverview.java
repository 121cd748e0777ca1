package io.cardvault.domain.catalogue;

import java.time.LocalDate;

/**
 * Read model: a stored set with its game. {@code officialCount} is the total printed after the
 * slash ({@code null} when none is printed); {@code cardCount} the cards the catalogue holds.
 */
public record SetOverview(long id, int gameId, String gameSlug, String gameName, String code, String name, String series,
                          LocalDate releaseDate, Integer officialCount, int cardCount, boolean promo, String language) {
}
