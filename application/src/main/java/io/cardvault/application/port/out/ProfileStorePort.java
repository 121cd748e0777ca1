package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Profile;
import java.util.Optional;

/** Outgoing port: where collectors' profile choices (collection privacy, avatar) are kept. */
public interface ProfileStorePort {

    /** The account's profile; empty when it never changed one (private, no avatar). */
    Optional<Profile> find(AccountId account);

    /** Stores the profile, replacing the account's earlier one. */
    void save(Profile profile);
}
