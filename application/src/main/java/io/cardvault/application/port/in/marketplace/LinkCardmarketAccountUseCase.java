package io.cardvault.application.port.in.marketplace;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.CardmarketLink;

/**
 * Use case: a set-up seller names their Cardmarket account ({@code POST /seller/cardmarket/link});
 * linking again replaces the name. Not set up: {@link io.cardvault.domain.marketplace.SellerSetupRequiredException}.
 */
public interface LinkCardmarketAccountUseCase {

    CardmarketLink link(AccountId seller, String username);
}
