package io.cardvault.application.port.out.account;

import static io.cardvault.application.port.out.account.AccountFixtures.newAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.ChangeAccountTierPort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Tier;
import org.junit.jupiter.api.Test;

/** Contract of {@link ChangeAccountTierPort}, on the accounts of the same store. */
public abstract class ChangeAccountTierPortContract {

    protected abstract AccountStorePort accounts();

    protected abstract ChangeAccountTierPort tiers();

    @Test
    void a_stored_account_moves_to_the_new_tier_and_keeps_everything_else() {
        Account grace = accounts().add(newAccount("grace"));

        assertThat(tiers().changeTier(grace.requireId(), Tier.PRO)).isTrue();

        Account moved = accounts().findById(grace.requireId()).orElseThrow();
        assertThat(moved.tier()).isEqualTo(Tier.PRO);
        assertThat(moved.username()).isEqualTo(grace.username());
        assertThat(moved.passwordHash()).isEqualTo(grace.passwordHash());
    }

    @Test
    void an_unknown_account_changes_no_tier() {
        assertThat(tiers().changeTier(new AccountId(Long.MAX_VALUE / 2), Tier.PRO)).isFalse();
    }
}
