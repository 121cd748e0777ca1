package io.cardvault.adapter.in.rest.collection;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The header row of an import file, looked up by normalised column name: lower case, letters and
 * digits only, so {@code Card Number}, {@code card_number} and {@code Card number} are one column
 * and {@code Foil?} is {@code foil}. When a name repeats, the first column wins.
 */
final class Header {

    private final Map<String, Integer> indexByKey;

    private Header(Map<String, Integer> indexByKey) {
        this.indexByKey = indexByKey;
    }

    static Header of(List<String> names) {
        Map<String, Integer> indexByKey = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String key = key(names.get(i));
            if (!key.isEmpty()) {
                indexByKey.putIfAbsent(key, i);
            }
        }
        return new Header(Collections.unmodifiableMap(indexByKey));
    }

    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** True when every one of the keys is a column. */
    boolean hasAll(String... keys) {
        for (String key : keys) {
            if (!indexByKey.containsKey(key)) {
                return false;
            }
        }
        return true;
    }

    /** True when at least one of the keys is a column. */
    boolean hasAny(String... keys) {
        return column(keys).isPresent();
    }

    /** The first of the aliases that is a column. */
    OptionalInt column(String... aliases) {
        for (String alias : aliases) {
            Integer index = indexByKey.get(alias);
            if (index != null) {
                return OptionalInt.of(index);
            }
        }
        return OptionalInt.empty();
    }

    Set<String> keys() {
        return new LinkedHashSet<>(indexByKey.keySet());
    }

    boolean isEmpty() {
        return indexByKey.isEmpty();
    }
}
