package io.cardvault.application.port.out.account;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** What a session standings cache loads from: a generation the test moves on, and a count of the reads. */
public final class CountingStandingStore implements Function<AccountId, Optional<SessionStanding>> {

    /** The generation every account stands at; a test moves it on to simulate a change. */
    public final AtomicLong generation = new AtomicLong();
    /** How often the cache asked. */
    public final AtomicInteger reads = new AtomicInteger();

    @Override
    public Optional<SessionStanding> apply(AccountId account) {
        reads.incrementAndGet();
        return Optional.of(new SessionStanding(generation.get(), Set.of()));
    }
}
