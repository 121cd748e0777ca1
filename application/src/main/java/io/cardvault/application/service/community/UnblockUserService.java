package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.UnblockUserUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.BlockListPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.inject.Inject;

/** Lifts the caller's block of another account. */
@UseCase
public class UnblockUserService implements UnblockUserUseCase {

    private final BlockListPort blocks;
    private final Members members;

    @Inject
    public UnblockUserService(BlockListPort blocks, AccountStorePort accounts) {
        this.blocks = blocks;
        this.members = new Members(accounts);
    }

    @Override
    public boolean unblock(AccountId blocker, String username) {
        return blocks.unblock(blocker, members.byUsername(username));
    }
}
