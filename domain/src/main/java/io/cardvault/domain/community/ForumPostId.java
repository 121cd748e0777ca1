package io.cardvault.domain.community;

/** The store's number for a forum post. */
public record ForumPostId(long value) {

    public ForumPostId {
        InvalidCommunityDataException.require(value > 0, "id", "ids are positive: " + value);
    }
}
