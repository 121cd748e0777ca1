package io.cardvault.domain.community;

/** The recipient (or the listing's seller) has blocked the caller: no message, no bid. Code {@code blocked}. */
public final class BlockedByUserException extends CommunityRejection {

    private static final long serialVersionUID = 1L;

    public BlockedByUserException() {
        super("blocked", "this user has blocked you");
    }
}
