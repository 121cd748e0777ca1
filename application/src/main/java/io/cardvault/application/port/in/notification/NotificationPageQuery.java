package io.cardvault.application.port.in.notification;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import java.util.Objects;

/** A page of {@code owner}'s feed: at most {@code limit} (1–200) entries after skipping {@code offset}. */
public record NotificationPageQuery(AccountId owner, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public NotificationPageQuery {
        Objects.requireNonNull(owner, "owner");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCollectionDataException("limit", "limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new InvalidCollectionDataException("offset", "offset must not be negative: " + offset);
        }
    }
}
