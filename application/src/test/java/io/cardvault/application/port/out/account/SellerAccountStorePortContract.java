package io.cardvault.application.port.out.account;

import static io.cardvault.application.port.out.account.AccountFixtures.newAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.SellerAccountStorePort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import org.junit.jupiter.api.Test;

/** Contract of {@link SellerAccountStorePort}, on the accounts of the same store. */
public abstract class SellerAccountStorePortContract {

    protected abstract AccountStorePort accounts();

    protected abstract SellerAccountStorePort sellers();

    @Test
    void a_stored_account_becomes_a_seller_with_its_name_and_country_and_keeps_everything_else() {
        Account misty = accounts().add(newAccount("misty"));

        sellers().markSeller(misty.becomeSeller("Misty's Water Cards", "nl"));

        Account seller = accounts().findById(misty.requireId()).orElseThrow();
        assertThat(seller.seller()).isTrue();
        assertThat(seller.displayName()).contains("Misty's Water Cards");
        assertThat(seller.country()).contains("NL");
        assertThat(seller.username()).isEqualTo(misty.username());
        assertThat(seller.passwordHash()).isEqualTo(misty.passwordHash());
        assertThat(seller.tier()).isEqualTo(misty.tier());
    }

    @Test
    void an_unknown_account_is_ignored() {
        Account ghost = Account.reconstitute(new AccountId(Long.MAX_VALUE / 3), newAccount("ghost").username(),
                newAccount("ghost").email(), newAccount("ghost").passwordHash(), newAccount("ghost").tier(), null, null, false,
                false, AccountFixtures.NOW, null);

        sellers().markSeller(ghost.becomeSeller("Nobody", "de"));

        assertThat(accounts().findById(ghost.requireId())).isEmpty();
    }
}
