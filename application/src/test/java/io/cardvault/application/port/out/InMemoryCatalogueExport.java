package io.cardvault.application.port.out;

import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkPrice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The export in memory: cards by id, prices in the order they were added. */
public class InMemoryCatalogueExport implements ExportCataloguePort {

    private final Map<Long, BulkCard> cards = new TreeMap<>();
    private final List<BulkPrice> prices = new ArrayList<>();

    public void add(BulkCard card) {
        cards.put(card.id(), card);
    }

    public void add(BulkPrice price) {
        prices.add(price);
    }

    @Override
    public long exportCards(Consumer<BulkCard> sink) {
        List.copyOf(cards.values()).forEach(sink);
        return cards.size();
    }

    @Override
    public long exportLatestPrices(Consumer<BulkPrice> sink) {
        List.copyOf(prices).forEach(sink);
        return prices.size();
    }
}
