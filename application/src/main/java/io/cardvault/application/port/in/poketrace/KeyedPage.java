package io.cardvault.application.port.in.poketrace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list walked by key: the items, and the key of the last one when more follow (the
 * next page starts after it). The driving adapter turns that key into its opaque cursor.
 */
public record KeyedPage<T, K>(List<T> items, Optional<K> nextAfter) {

    public KeyedPage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextAfter, "nextAfter");
    }

    public boolean hasMore() {
        return nextAfter.isPresent();
    }

    /**
     * The page from {@code fetched}, which holds up to {@code limit + 1} rows: the extra row only
     * says that more follow.
     */
    public static <T, K> KeyedPage<T, K> of(List<T> fetched, int limit, java.util.function.Function<T, K> key) {
        if (fetched.size() <= limit) {
            return new KeyedPage<>(fetched, Optional.empty());
        }
        List<T> page = fetched.subList(0, limit);
        return new KeyedPage<>(page, Optional.of(key.apply(page.get(limit - 1))));
    }
}
