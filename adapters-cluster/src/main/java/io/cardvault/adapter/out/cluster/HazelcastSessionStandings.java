package io.cardvault.adapter.out.cluster;

import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.transaction.AfterCommit;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.SessionStanding;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session standings cache of this node, kept in step with the others through this node's
 * Hazelcast member (see {@link SessionStandingCache}); a forget leaves when the transaction that
 * changed the standing commits.
 */
@ApplicationScoped
class HazelcastSessionStandings implements SessionStandingCachePort {

    private final ClusterMember member;
    private final SessionStandingCache cache;
    private volatile UUID registration;
    /** The server's; none outside it, where a standing is forgotten at once. */
    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    HazelcastSessionStandings(ClusterMember member,
                              @ConfigProperty(name = "CARDVAULT_SESSION_CACHE_SECONDS") long timeToLiveSeconds) {
        this.member = member;
        this.cache = new SessionStandingCache(member::instance, Duration.ofSeconds(timeToLiveSeconds));
    }

    /** For CDI's client proxy only. */
    protected HazelcastSessionStandings() {
        this.member = null;
        this.cache = null;
    }

    void onStart(@Observes @Priority(ClusterMember.STARTUP_PRIORITY + 10) @Initialized(ApplicationScoped.class) Object context) {
        member.instance().ifPresent(hazelcast -> registration = cache.listen(hazelcast));
    }

    void onStop(@Observes @Priority(ClusterMember.STARTUP_PRIORITY - 10) @BeforeDestroyed(ApplicationScoped.class) Object context) {
        UUID listening = registration;
        registration = null;
        if (listening != null) {
            member.instance().ifPresent(hazelcast -> SessionStandingCache.stopListening(hazelcast, listening));
        }
    }

    @Override
    public Optional<SessionStanding> standing(AccountId account, Function<AccountId, Optional<SessionStanding>> load) {
        return cache.standing(account, load);
    }

    @Override
    public void forget(AccountId account) {
        AfterCommit.deferOrRun(Optional.ofNullable(transactions), () -> cache.forgetEverywhere(account));
    }
}
