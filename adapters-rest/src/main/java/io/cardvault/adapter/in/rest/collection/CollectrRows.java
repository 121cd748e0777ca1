package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionImportRow;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Collectr's portfolio export: {@code Portfolio Name, Category, Set, Product Name, Card Number,
 * Rarity, Variance, Grade, Card Condition, Average Cost Paid, Quantity, Market Price (As of …),
 * Price Override, Watchlist, Date Added, Notes}. {@code Category} is the game, {@code Variance} the
 * printing (TCGplayer's words), {@code Grade} "Ungraded" or a slab ("PSA 10"), {@code Average Cost
 * Paid} the price per copy. Collectr writes no currency; its prices are US dollars unless the cell
 * shows a symbol. A watchlist row is a card the collector follows, not one they own, and is rejected.
 */
final class CollectrRows implements FormatRows {

    private static final Currency COLLECTR_CURRENCY = Currency.getInstance("USD");

    @Override
    public List<String> missingColumns(Header header) {
        return FormatRows.missing(header, List.of(List.of("Product Name"), List.of("Set"), List.of("Quantity")));
    }

    @Override
    public CollectionImportRow read(Row row) {
        if (CellValues.flag(row.value("watchlist"))) {
            throw new RejectedRowException("a watchlist item, not a card in the collection");
        }
        return new CollectionImportRow(row.line(),
                FormatRows.reference(row.value("productname"), "", row.value("set"), row.value("cardnumber"),
                        CellValues.game(row.value("category"))),
                Optional.empty(),
                CellValues.quantity(row.value("quantity")),
                CellValues.condition(row.value("cardcondition", "condition"), CellValues.ConditionScale.US),
                CellValues.printing(row.value("variance")),
                CellValues.price(row.value("averagecostpaid"), "", COLLECTR_CURRENCY),
                CellValues.grading("", row.value("grade")),
                Optional.empty());
    }
}
