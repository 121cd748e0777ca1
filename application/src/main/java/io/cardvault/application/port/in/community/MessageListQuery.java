package io.cardvault.application.port.in.community;

import io.cardvault.domain.community.MessageFolder;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.InvalidCommunityDataException;
import io.cardvault.domain.marketplace.ListingId;
import java.util.Objects;
import java.util.Optional;

/** One folder of an account's messages, optionally about one listing; {@code limit} 1–100 (the spec's cap). */
public record MessageListQuery(AccountId owner, MessageFolder folder, Optional<ListingId> listing, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public MessageListQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(listing, "listing");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidCommunityDataException("limit", "limit runs from 1 to " + MAX_LIMIT);
        }
    }
}
