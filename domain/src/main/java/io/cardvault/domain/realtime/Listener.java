package io.cardvault.domain.realtime;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Tier;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a real-time connection: an account (by session cookie or API key) with its tier, or
 * nobody (anonymous: public topics only). {@code privateTopicsAllowed} is false when the key came
 * late, as an {@code auth} message: the spec keeps {@code user:<id>} to credentials presented at
 * connect time.
 */
public record Listener(Optional<AccountId> account, Optional<Tier> tier, boolean privateTopicsAllowed) {

    public Listener {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tier, "tier");
        if (account.isPresent() != tier.isPresent()) {
            throw new IllegalArgumentException("an account and its tier go together");
        }
        if (account.isEmpty() && privateTopicsAllowed) {
            throw new IllegalArgumentException("an anonymous listener has no private topics");
        }
    }

    public static Listener anonymous() {
        return new Listener(Optional.empty(), Optional.empty(), false);
    }

    public static Listener account(AccountId account, Tier tier, boolean privateTopicsAllowed) {
        return new Listener(Optional.of(account), Optional.of(tier), privateTopicsAllowed);
    }

    public boolean authenticated() {
        return account.isPresent();
    }
}
