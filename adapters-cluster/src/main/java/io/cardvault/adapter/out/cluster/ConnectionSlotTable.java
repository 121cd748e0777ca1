package io.cardvault.adapter.out.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import com.hazelcast.cluster.Member;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Open real-time connections per holder across the cluster, in one map: holder → (member uuid →
 * connections that member holds). Keeping each member's share apart is what lets the survivors
 * give a dead member's slots back ({@link #keepOnly}) — a plain counter would leak them for good.
 * Changes are entry processors: atomic on the key's owner without a lock round trip, and plain
 * arithmetic (no clock), so the backup replaying them reaches the same state.
 */
final class ConnectionSlotTable {

    static final String MAP_NAME = "cardvault-connection-slots";

    private ConnectionSlotTable() {
    }

    static void configure(Config config) {
        config.addMapConfig(new MapConfig(MAP_NAME).setBackupCount(1).setAsyncBackupCount(0));
    }

    static boolean tryAcquire(HazelcastInstance member, String holder, int max) {
        return map(member).executeOnKey(holder, new Acquire(localId(member), max));
    }

    static void release(HazelcastInstance member, String holder) {
        map(member).executeOnKey(holder, new Release(localId(member)));
    }

    /** Drops the shares of every member not in the cluster any more. */
    static void keepOnly(HazelcastInstance member, Set<Member> live) {
        map(member).executeOnEntries(new KeepOnly(live.stream().map(m -> m.getUuid().toString())
                .collect(Collectors.toCollection(java.util.HashSet::new))));
    }

    static int held(HazelcastInstance member, String holder) {
        Map<String, Integer> shares = map(member).get(holder);
        return shares == null ? 0 : shares.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static IMap<String, HashMap<String, Integer>> map(HazelcastInstance member) {
        return member.getMap(MAP_NAME);
    }

    private static String localId(HazelcastInstance member) {
        return member.getCluster().getLocalMember().getUuid().toString();
    }

    private record Acquire(String member, int max) implements EntryProcessor<String, HashMap<String, Integer>, Boolean> {
        @Override
        public Boolean process(Map.Entry<String, HashMap<String, Integer>> entry) {
            HashMap<String, Integer> shares = entry.getValue() == null ? new HashMap<>() : entry.getValue();
            if (shares.values().stream().mapToInt(Integer::intValue).sum() >= max) {
                return false;
            }
            shares.merge(member, 1, Integer::sum);
            entry.setValue(shares);
            return true;
        }
    }

    private record Release(String member) implements EntryProcessor<String, HashMap<String, Integer>, Boolean> {
        @Override
        public Boolean process(Map.Entry<String, HashMap<String, Integer>> entry) {
            HashMap<String, Integer> shares = entry.getValue();
            if (shares == null || !shares.containsKey(member)) {
                return false;
            }
            shares.computeIfPresent(member, (id, count) -> count > 1 ? count - 1 : null);
            entry.setValue(shares.isEmpty() ? null : shares);
            return true;
        }
    }

    private record KeepOnly(java.util.HashSet<String> live) implements EntryProcessor<String, HashMap<String, Integer>, Boolean> {
        @Override
        public Boolean process(Map.Entry<String, HashMap<String, Integer>> entry) {
            HashMap<String, Integer> shares = entry.getValue();
            if (shares == null || !shares.keySet().removeIf(id -> !live.contains(id))) {
                return false;
            }
            entry.setValue(shares.isEmpty() ? null : shares);
            return true;
        }
    }
}
