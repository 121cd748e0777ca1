package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Block;

/** Outgoing port: who blocked whom. Blocking twice keeps one block; unblocking what is not blocked changes nothing. */
public interface BlockListPort {

    /** Records the block; false when it was already there. */
    boolean block(Block block);

    /** Lifts the block; false when there was none. */
    boolean unblock(AccountId blocker, AccountId blocked);

    /** Whether {@code blocker} blocked {@code blocked}. */
    boolean isBlocked(AccountId blocker, AccountId blocked);
}
