package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.MarketplaceProduct;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The "name, set, number, quantity, condition" shape most collection apps export (ManaBox,
 * Moxfield, Deckbox, Archidekt, Dragon Shield and hand-made sheets), read by column name:
 * <ul>
 *   <li>name: {@code Name}, {@code Card Name}, {@code Card};</li>
 *   <li>set: {@code Set code}/{@code Edition Code} (a code), {@code Set name}/{@code Edition Name}/
 *       {@code Expansion} (a name), or {@code Set}/{@code Edition}, which apps fill with either
 *       (Moxfield a code, Deckbox a name) and is passed on as both;</li>
 *   <li>number: {@code Collector Number}, {@code Collector's number}, {@code Card Number}, {@code Number};</li>
 *   <li>{@code Quantity}/{@code Count}/{@code Qty}; {@code Condition};
 *       {@code Foil}/{@code Printing}/{@code Finish}; {@code Language};</li>
 *   <li>{@code Purchase price}/{@code Price Paid}/{@code Price Bought}/{@code Acquired Price}/{@code Cost},
 *       in the currency its symbol or {@code Purchase price currency}/{@code Currency} says, US dollars
 *       when nothing does;</li>
 *   <li>{@code Game}/{@code TCG}; {@code Grading Company} + {@code Grade}; {@code TCGplayer ID},
 *       {@code Cardmarket ID} when present.</li>
 * </ul>
 */
final class GenericRows implements FormatRows {

    static final String[] NAME = {"name", "cardname", "card"};
    static final String[] SET_CODE = {"setcode", "editioncode"};
    static final String[] SET_NAME = {"setname", "editionname", "expansion", "expansionname"};
    static final String[] SET_EITHER = {"set", "edition"};
    static final String[] NUMBER = {"collectornumber", "collectorsnumber", "cardnumber", "number", "cn"};
    static final String[] QUANTITY = {"quantity", "count", "qty", "copies"};
    private static final String[] PRINTING = {"foil", "printing", "finish"};
    private static final String[] PRICE = {"purchaseprice", "pricepaid", "pricebought", "acquiredprice", "cost", "paid"};
    private static final String[] CURRENCY = {"purchasepricecurrency", "currency"};
    private static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");

    /** A header of this shape: quantity, a set, and a name or a collector number. */
    static boolean fits(Header header) {
        return header.hasAny(QUANTITY) && (header.hasAny(SET_CODE) || header.hasAny(SET_NAME) || header.hasAny(SET_EITHER))
                && (header.hasAny(NAME) || header.hasAny(NUMBER));
    }

    @Override
    public List<String> missingColumns(Header header) {
        return fits(header) ? List.of() : List.of("Name or Collector Number", "Set", "Quantity");
    }

    @Override
    public CollectionImportRow read(Row row) {
        String either = row.value(SET_EITHER);
        String setCode = row.value(SET_CODE).isEmpty() ? either : row.value(SET_CODE);
        String setName = row.value(SET_NAME).isEmpty() ? either : row.value(SET_NAME);
        String condition = row.value("condition", "cond");
        Optional<MarketplaceProduct> product = CellValues.id(row.value("tcgplayerid", "tcgplayerproductid"), "TCGplayer ID")
                .map(id -> new MarketplaceProduct(MarketplaceProduct.Marketplace.TCGPLAYER, id))
                .or(() -> CellValues.id(row.value("cardmarketid", "mcmid"), "Cardmarket ID")
                        .map(id -> new MarketplaceProduct(MarketplaceProduct.Marketplace.CARDMARKET, id)));
        return new CollectionImportRow(row.line(),
                FormatRows.reference(row.value(NAME), setCode, setName, row.value(NUMBER),
                        CellValues.game(row.value("game", "tcg"))),
                product,
                CellValues.quantity(row.value(QUANTITY)),
                CellValues.condition(condition, CellValues.ConditionScale.US),
                CellValues.printing(row.value(PRINTING)).or(() -> CellValues.printingInCondition(condition)),
                CellValues.price(row.value(PRICE), row.value(CURRENCY), DEFAULT_CURRENCY),
                CellValues.grading(row.value("gradingcompany", "grader"), row.value("grade")),
                CellValues.language(row.value("language", "lang")));
    }
}
