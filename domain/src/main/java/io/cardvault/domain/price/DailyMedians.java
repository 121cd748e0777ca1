package io.cardvault.domain.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Daily-median bucketing: every amount of a day goes into that day's bucket and the bucket is worth
 * its median, so one stray $0.01 listing among a day's quotes cannot drag the day to zero. An even
 * bucket takes the mean of its two middle amounts; results keep at most four decimals.
 */
public final class DailyMedians {

    private DailyMedians() {
    }

    public static NavigableMap<LocalDate, BigDecimal> of(Collection<? extends Map.Entry<LocalDate, BigDecimal>> amounts) {
        NavigableMap<LocalDate, List<BigDecimal>> buckets = new TreeMap<>();
        for (Map.Entry<LocalDate, BigDecimal> amount : amounts) {
            buckets.computeIfAbsent(amount.getKey(), day -> new ArrayList<>()).add(amount.getValue());
        }
        NavigableMap<LocalDate, BigDecimal> medians = new TreeMap<>();
        buckets.forEach((day, values) -> medians.put(day, median(values)));
        return medians;
    }

    /** The median of a non-empty list of amounts. */
    public static BigDecimal median(List<BigDecimal> values) {
        InvalidPriceDataException.require(!values.isEmpty(), "the median of nothing");
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_EVEN);
        return median.stripTrailingZeros().scale() > 4 ? median.setScale(4, RoundingMode.HALF_EVEN) : median;
    }
}
