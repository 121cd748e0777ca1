package io.cardvault.application.port.out;

import io.cardvault.domain.account.Account;

/** Outgoing port: the seller side of a stored account, the flag and the name and country buyers see. */
public interface SellerAccountStorePort {

    /** Writes the account's seller flag, display name and country; an account not stored is ignored. */
    void markSeller(Account seller);
}
