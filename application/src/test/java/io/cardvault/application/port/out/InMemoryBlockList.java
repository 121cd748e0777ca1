package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Block;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The block list in memory. */
public class InMemoryBlockList implements BlockListPort {

    private final Set<List<AccountId>> blocks = ConcurrentHashMap.newKeySet();

    @Override
    public boolean block(Block block) {
        return blocks.add(List.of(block.blocker(), block.blocked()));
    }

    @Override
    public boolean unblock(AccountId blocker, AccountId blocked) {
        return blocks.remove(List.of(blocker, blocked));
    }

    @Override
    public boolean isBlocked(AccountId blocker, AccountId blocked) {
        return blocks.contains(List.of(blocker, blocked));
    }
}
