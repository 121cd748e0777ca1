package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.MarketplaceProduct;
import java.util.List;
import java.util.Optional;

/**
 * The TCGplayer app's collection export: {@code Quantity, Name, Simple Name, Set, Card Number,
 * Set Code, Printing, Condition, Language, Rarity, Product ID, SKU}. {@code Name} is decorated
 * ("Charizard - 4/102"), so {@code Simple Name} is the card's name when present. The set is its
 * TCGplayer name and code; {@code Product ID} is TCGplayer's product, which the catalogue keeps as
 * a cross reference. The condition may run on with the printing ("Near Mint Holofoil"); the
 * {@code Printing} column wins when both say one. The file has no price paid: a price column some
 * versions add is TCGplayer's market price, not what the collector paid, and is not read.
 */
final class TcgplayerAppRows implements FormatRows {

    @Override
    public List<String> missingColumns(Header header) {
        return FormatRows.missing(header, List.of(List.of("Quantity"), List.of("Simple Name", "Name"), List.of("Set", "Set Code")));
    }

    @Override
    public CollectionImportRow read(Row row) {
        String name = row.value("simplename", "name");
        String condition = row.value("condition");
        Optional<String> printing = CellValues.printing(row.value("printing"))
                .or(() -> CellValues.printingInCondition(condition));
        return new CollectionImportRow(row.line(),
                FormatRows.reference(name, row.value("setcode"), row.value("set", "setname"), row.value("cardnumber", "number"),
                        CellValues.game(row.value("productline"))),
                CellValues.id(row.value("productid"), "Product ID")
                        .map(id -> new MarketplaceProduct(MarketplaceProduct.Marketplace.TCGPLAYER, id)),
                CellValues.quantity(row.value("quantity")),
                CellValues.condition(condition, CellValues.ConditionScale.US),
                printing,
                Optional.empty(),
                Optional.empty(),
                CellValues.language(row.value("language")));
    }
}
