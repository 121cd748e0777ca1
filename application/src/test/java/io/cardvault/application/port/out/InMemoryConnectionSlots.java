package io.cardvault.application.port.out;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link ConnectionSlotsPort}: one node's view, which for a single node is the whole cluster's. */
public class InMemoryConnectionSlots implements ConnectionSlotsPort {

    private final Map<String, Integer> held = new ConcurrentHashMap<>();

    @Override
    public boolean tryAcquire(String holder, int max) {
        boolean[] granted = {false};
        held.compute(holder, (key, count) -> {
            int now = count == null ? 0 : count;
            granted[0] = now < max;
            return granted[0] ? now + 1 : count;
        });
        return granted[0];
    }

    @Override
    public void release(String holder) {
        held.computeIfPresent(holder, (key, count) -> count > 1 ? count - 1 : null);
    }

    /** Slots {@code holder} holds now. */
    public int held(String holder) {
        return held.getOrDefault(holder, 0);
    }

    /** Whether no holder holds a slot. */
    public boolean empty() {
        return held.isEmpty();
    }
}
