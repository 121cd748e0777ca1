package io.cardvault.domain.catalogue;

import java.util.List;

/** Some rows of a longer list and how many rows the whole list holds. */
public record Slice<T>(List<T> items, long total) {

    public Slice {
        items = List.copyOf(items);
    }
}
