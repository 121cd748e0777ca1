package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.CardmarketLink;
import java.util.Optional;

/** Outgoing port: each seller's linked Cardmarket account (at most one; linking again replaces it). */
public interface CardmarketLinkStorePort {

    void save(CardmarketLink link);

    Optional<CardmarketLink> findBySeller(AccountId seller);
}
