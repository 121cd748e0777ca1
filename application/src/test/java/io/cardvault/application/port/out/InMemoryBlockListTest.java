package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;

/** The fake obeys the same contract as the real store. */
class InMemoryBlockListTest extends BlockListPortContract {

    private final InMemoryBlockList blocks = new InMemoryBlockList();
    private final FreshIds ids = new FreshIds();

    @Override
    protected BlockListPort blocks() {
        return blocks;
    }

    @Override
    protected AccountId anAccount() {
        return ids.account();
    }
}
