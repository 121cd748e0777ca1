package io.cardvault.adapter.out.persistence.trust;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows of an insert-only table a reader still has to read to be in step with it: those past the
 * highest id it read, and the ids it skipped lately. An id is taken when a row is inserted but seen
 * only once its transaction commits, so a later id can be read before an earlier one: an id skipped
 * next to a row kept less than {@link #SKIPPED_WAIT} ago is looked for again until that wait is over
 * (a transaction is long finished by then; most skipped ids are rollbacks). Not thread-safe.
 */
final class RowsInStep {

    /** How long an id skipped next to a fresh row is looked for again. */
    static final Duration SKIPPED_WAIT = Duration.ofMinutes(10);
    /** At most this many skipped ids are looked for at once (an IN list); more are let go. */
    static final int MAX_SKIPPED = 1_000;

    /** The highest row id read. */
    private long seen;
    /** Ids below {@link #seen} not read yet, with the moment they stop being looked for. */
    private final Map<Long, LocalDateTime> skipped = new HashMap<>();

    /** Ids above this one are to be read. */
    long seen() {
        return seen;
    }

    /** The skipped ids still worth asking for at {@code now} (those whose wait is over are dropped). */
    List<Long> skipped(LocalDateTime now) {
        skipped.values().removeIf(until -> until.isBefore(now));
        return List.copyOf(skipped.keySet());
    }

    /** A row read (in id order among those past {@link #seen}), kept at {@code createdAt}. */
    void read(long id, LocalDateTime createdAt, LocalDateTime now) {
        if (id <= seen) {
            skipped.remove(id);
            return;
        }
        if (createdAt.isAfter(now.minus(SKIPPED_WAIT))) {
            for (long missing = seen + 1; missing < id && skipped.size() < MAX_SKIPPED; missing++) {
                skipped.put(missing, now.plus(SKIPPED_WAIT));
            }
        }
        seen = id;
    }
}
