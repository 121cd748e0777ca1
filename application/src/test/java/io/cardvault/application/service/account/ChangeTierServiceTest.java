package io.cardvault.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.account.InMemoryAccountStore;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeTierServiceTest {

    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final ChangeTierService changeTier = new ChangeTierService(store);

    @Test
    void a_stored_account_moves_to_the_tier_and_an_unknown_one_is_reported() {
        AccountId alice = store.add(Account.register(new Username("alice"), new EmailAddress("alice@example.com"),
                new PasswordHash("x"), null, null, Instant.EPOCH)).requireId();

        assertThat(changeTier.changeTier(alice, Tier.SHOP_PRO)).isTrue();
        assertThat(store.findById(alice).orElseThrow().tier()).isEqualTo(Tier.SHOP_PRO);
        assertThat(changeTier.changeTier(new AccountId(404), Tier.PRO)).isFalse();
        assertThatThrownBy(() -> changeTier.changeTier(alice, null)).isInstanceOf(NullPointerException.class);
    }
}
