package io.cardvault.application.service.community;

import io.cardvault.application.port.in.community.BlockUserUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.BlockListPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Block;
import jakarta.inject.Inject;
import java.time.Clock;

/** Records the caller's block of another account. */
@UseCase
public class BlockUserService implements BlockUserUseCase {

    private final BlockListPort blocks;
    private final Members members;
    private final Clock clock;

    @Inject
    public BlockUserService(BlockListPort blocks, AccountStorePort accounts) {
        this(blocks, accounts, Clock.systemUTC());
    }

    public BlockUserService(BlockListPort blocks, AccountStorePort accounts, Clock clock) {
        this.blocks = blocks;
        this.members = new Members(accounts);
        this.clock = clock;
    }

    @Override
    public boolean block(AccountId blocker, String username) {
        return blocks.block(new Block(blocker, members.byUsername(username), clock.instant()));
    }
}
