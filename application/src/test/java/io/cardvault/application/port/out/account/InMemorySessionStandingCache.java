package io.cardvault.application.port.out.account;

import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * In-memory fake of the session standings cache of one node (no expiry, no other nodes): keeps what
 * it loads until forgotten, and lists what it was told to forget.
 */
public final class InMemorySessionStandingCache implements SessionStandingCachePort {

    private final Map<AccountId, Optional<SessionStanding>> entries = new HashMap<>();
    private final Map<AccountId, Long> forgets = new HashMap<>();
    private final List<AccountId> forgotten = new ArrayList<>();

    @Override
    public Optional<SessionStanding> standing(AccountId account, Function<AccountId, Optional<SessionStanding>> load) {
        synchronized (this) {
            Optional<SessionStanding> cached = entries.get(account);
            if (cached != null) {
                return cached;
            }
        }
        long forgetsBefore = forgetsOf(account);
        Optional<SessionStanding> loaded = load.apply(account);
        synchronized (this) {
            // a read a forget overtook is answered, not kept: it may be from before the change
            if (forgetsOf(account) == forgetsBefore) {
                entries.put(account, loaded);
            }
        }
        return loaded;
    }

    @Override
    public synchronized void forget(AccountId account) {
        entries.remove(account);
        forgets.merge(account, 1L, Long::sum);
        forgotten.add(account);
    }

    private synchronized long forgetsOf(AccountId account) {
        return forgets.getOrDefault(account, 0L);
    }

    /** Every account forgotten so far, in order. */
    public synchronized List<AccountId> forgotten() {
        return List.copyOf(forgotten);
    }
}
