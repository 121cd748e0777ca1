package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Block;
import org.junit.jupiter.api.Test;

/** Contract of {@link BlockListPort}: the in-memory fake and the database adapter must pass it. */
public abstract class BlockListPortContract {

    protected abstract BlockListPort blocks();

    protected abstract AccountId anAccount();

    @Test
    void givenBlock_isBlocked_holdsOneWayOnlyAndBlockingTwiceKeepsOne() {
        AccountId alice = anAccount();
        AccountId bob = anAccount();

        assertThat(blocks().block(new Block(alice, bob, MarketplaceSamples.freshEra()))).isTrue();
        assertThat(blocks().block(new Block(alice, bob, MarketplaceSamples.freshEra()))).isFalse();
        assertThat(blocks().isBlocked(alice, bob)).isTrue();
        assertThat(blocks().isBlocked(bob, alice)).isFalse();
    }

    @Test
    void givenBlock_unblock_liftsItOnce() {
        AccountId alice = anAccount();
        AccountId bob = anAccount();
        blocks().block(new Block(alice, bob, MarketplaceSamples.freshEra()));

        assertThat(blocks().unblock(alice, bob)).isTrue();
        assertThat(blocks().unblock(alice, bob)).isFalse();
        assertThat(blocks().isBlocked(alice, bob)).isFalse();
    }
}
