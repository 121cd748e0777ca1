package io.cardvault.application.port.out.analytics;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many newest headline values the store holds per source and variant finish: one grouped read
 * in the background recompute, from which the total of any {@link SourcePriceFilter} is a sum, so no
 * request counts over the whole store.
 */
public record SourcePriceCounts(Map<String, Map<String, Long>> bySourceAndFinish) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final SourcePriceCounts NONE = new SourcePriceCounts(Map.of());

    public SourcePriceCounts {
        bySourceAndFinish = bySourceAndFinish.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, entry -> Map.copyOf(entry.getValue())));
    }

    /** The values a filter matches. */
    public long total(SourcePriceFilter filter) {
        return bySourceAndFinish.entrySet().stream()
                .filter(source -> filter.source().map(source.getKey()::equals).orElse(true))
                .flatMap(source -> source.getValue().entrySet().stream())
                .filter(finish -> matches(filter.finishes(), finish.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static boolean matches(List<String> finishes, String finish) {
        return finishes.isEmpty() || finishes.contains(finish);
    }
}
