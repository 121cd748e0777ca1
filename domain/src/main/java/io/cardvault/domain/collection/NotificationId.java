package io.cardvault.domain.collection;

import java.io.Serializable;

/** The store's number for a notification. */
public record NotificationId(long value) implements Serializable {

    public NotificationId {
        InvalidCollectionDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
