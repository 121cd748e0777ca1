package io.cardvault.application.port.in.notification;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.collection.NotificationId;
import java.util.Objects;
import java.util.Set;

/**
 * Mark some of {@code owner}'s notifications read ({@code ids}), or all of them ({@code all}, with no
 * ids). Ids of other accounts' notifications change nothing.
 */
public record MarkNotificationsReadCommand(AccountId owner, Set<NotificationId> ids, boolean all) {

    /** One call marks at most this many by id; a client with more marks all. */
    public static final int MAX_IDS = 500;

    public MarkNotificationsReadCommand {
        Objects.requireNonNull(owner, "owner");
        ids = Set.copyOf(Objects.requireNonNull(ids, "ids"));
        if (all && !ids.isEmpty()) {
            throw new InvalidCollectionDataException("ids", "give either ids or all, not both");
        }
        if (!all && ids.isEmpty()) {
            throw new InvalidCollectionDataException("ids", "give the ids to mark read, or all: true");
        }
        if (ids.size() > MAX_IDS) {
            throw new InvalidCollectionDataException("ids", "at most " + MAX_IDS + " ids per call; use all: true");
        }
    }

    public static MarkNotificationsReadCommand ids(AccountId owner, Set<NotificationId> ids) {
        return new MarkNotificationsReadCommand(owner, ids, false);
    }

    public static MarkNotificationsReadCommand all(AccountId owner) {
        return new MarkNotificationsReadCommand(owner, Set.of(), true);
    }
}
