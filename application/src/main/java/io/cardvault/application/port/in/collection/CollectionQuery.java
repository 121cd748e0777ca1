package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the owner's collection ({@code GET /collection}): newest entries first, optionally only
 * one game's cards (by slug), each valued in {@code currency}.
 */
public record CollectionQuery(AccountId owner, Optional<String> game, int limit, int offset, Currency currency) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public CollectionQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(game, "game");
        game = game.map(String::strip).filter(slug -> !slug.isEmpty());
        Objects.requireNonNull(currency, "currency");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCollectionDataException("limit", "limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new InvalidCollectionDataException("offset", "offset cannot be negative: " + offset);
        }
    }
}
