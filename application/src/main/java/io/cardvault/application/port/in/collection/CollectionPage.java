package io.cardvault.application.port.in.collection;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** Some entries of a collection, how many the (filtered) collection holds, and the currency every value is in. */
public record CollectionPage(List<CollectionItem> items, long total, Currency currency) {

    public CollectionPage {
        items = List.copyOf(items);
        Objects.requireNonNull(currency, "currency");
    }
}
