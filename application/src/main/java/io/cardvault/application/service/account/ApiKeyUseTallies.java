package io.cardvault.application.service.account;

import io.cardvault.application.port.out.account.KeyUseTally;
import io.cardvault.domain.account.ApiKeyId;
import io.cardvault.domain.account.KeyUsage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * This node's key uses not yet written to the store, per key and UTC day. Counting a request is a
 * map update (no database round trip on the request path); the flush job drains the map every few
 * seconds into one batched UPDATE, and key lists add what is still pending here, so the owner sees
 * this node's calls at once and other nodes' within one flush interval.
 */
@ApplicationScoped
public class ApiKeyUseTallies {

    private record Slot(ApiKeyId key, LocalDate day) {
    }

    private record Count(long calls, Instant last) {
        Count plus(Count other) {
            return new Count(calls + other.calls, other.last.isAfter(last) ? other.last : last);
        }
    }

    private final ConcurrentMap<Slot, Count> pending = new ConcurrentHashMap<>();

    void add(ApiKeyId key, Instant at) {
        add(key, KeyUsage.dayOf(at), new Count(1, at));
    }

    private void add(ApiKeyId key, LocalDate day, Count count) {
        pending.merge(new Slot(key, day), count, Count::plus);
    }

    /** Takes everything pending; each slot is removed atomically, so no use is counted twice or lost. */
    List<KeyUseTally> drain() {
        List<KeyUseTally> drained = new ArrayList<>();
        for (Slot slot : List.copyOf(pending.keySet())) {
            Count count = pending.remove(slot);
            if (count != null) {
                drained.add(new KeyUseTally(slot.key(), slot.day(), count.calls(), count.last()));
            }
        }
        return drained;
    }

    /** Puts back tallies a failed flush could not write, so the next flush tries again. */
    void restore(List<KeyUseTally> tallies) {
        tallies.forEach(t -> add(t.key(), t.day(), new Count(t.calls(), t.lastUsedAt())));
    }

    /** Calls pending for {@code key}: per day, with the latest use. */
    List<KeyUseTally> pendingFor(ApiKeyId key) {
        List<KeyUseTally> found = new ArrayList<>();
        pending.forEach((slot, count) -> {
            if (slot.key().equals(key)) {
                found.add(new KeyUseTally(key, slot.day(), count.calls(), count.last()));
            }
        });
        return found;
    }

    Optional<Instant> any() {
        return pending.values().stream().map(Count::last).findAny();
    }
}
