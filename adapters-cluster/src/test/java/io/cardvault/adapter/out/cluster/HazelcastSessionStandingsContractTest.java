package io.cardvault.adapter.out.cluster;

import io.cardvault.application.port.out.SessionStandingCachePort;
import io.cardvault.application.port.out.account.SessionStandingCachePortContract;

/**
 * The contract on the real adapter of one node whose cluster member has not started (so forgets stay
 * on this node, and outside a transaction they take effect at once); {@link SessionStandingCacheTest}
 * covers two members.
 */
class HazelcastSessionStandingsContractTest extends SessionStandingCachePortContract {

    private final HazelcastSessionStandings cache = new HazelcastSessionStandings(
            new ClusterMember("session-contract", 6191, "127.0.0.1", "127.0.0.1"), 3600);

    @Override
    protected SessionStandingCachePort cache() {
        return cache;
    }
}
