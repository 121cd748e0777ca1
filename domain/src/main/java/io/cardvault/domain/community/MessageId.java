package io.cardvault.domain.community;

/** The store's number for a message. */
public record MessageId(long value) {

    public MessageId {
        InvalidCommunityDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
