package io.cardvault.application.port.out.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link SessionStandingCachePort} on one node, outside any transaction (a forget then
 * takes effect at once). Each test uses an account no other test uses.
 */
public abstract class SessionStandingCachePortContract {

    private static final AtomicLong ACCOUNTS = new AtomicLong(1_000_000);

    protected abstract SessionStandingCachePort cache();

    @Test
    void a_loaded_standing_is_answered_from_the_cache_until_it_is_forgotten() {
        SessionStandingCachePort cache = cache();
        AccountId account = new AccountId(ACCOUNTS.incrementAndGet());
        CountingStandingStore store = new CountingStandingStore();

        assertThat(cache.standing(account, store)).contains(SessionStanding.fresh());
        assertThat(cache.standing(account, store)).contains(SessionStanding.fresh());
        assertThat(store.reads).hasValue(1);

        store.generation.set(1);
        cache.forget(account);

        assertThat(cache.standing(account, store)).map(SessionStanding::generation).contains(1L);
        assertThat(store.reads).hasValue(2);
    }

    @Test
    void forgetting_one_account_keeps_the_others_cached() {
        SessionStandingCachePort cache = cache();
        AccountId forgotten = new AccountId(ACCOUNTS.incrementAndGet());
        AccountId kept = new AccountId(ACCOUNTS.incrementAndGet());
        CountingStandingStore store = new CountingStandingStore();
        cache.standing(forgotten, store);
        cache.standing(kept, store);

        cache.forget(forgotten);
        cache.standing(kept, store);

        assertThat(store.reads).hasValue(2);
    }

    @Test
    void a_read_that_a_forget_overtook_is_answered_but_not_kept() {
        SessionStandingCachePort cache = cache();
        AccountId account = new AccountId(ACCOUNTS.incrementAndGet());
        CountingStandingStore store = new CountingStandingStore();
        Function<AccountId, Optional<SessionStanding>> overtaken = id -> {
            Optional<SessionStanding> read = store.apply(id);
            store.generation.set(5);
            cache.forget(id); // the change commits while the old standing is on its way back
            return read;
        };

        assertThat(cache.standing(account, overtaken)).contains(SessionStanding.fresh());

        assertThat(cache.standing(account, store)).map(SessionStanding::generation).contains(5L);
    }
}
