package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.MarketplaceProduct;
import io.cardvault.domain.collection.CollectionEntry;
import java.util.List;
import java.util.Optional;

/**
 * Cardmarket's stock file (API 2.0 stock export; semicolon-separated, every cell quoted):
 * {@code idArticle; idProduct; English Name; Local Name; Exp.; Exp. Name; Price; Language;
 * Condition; Foil?; Signed?; Playset?; Altered?; Comments; Amount; onSale}, newer files ending
 * with a collector number column. {@code Exp.} is the expansion code (often empty),
 * {@code Exp. Name} its name, {@code Language} Cardmarket's language number, {@code Condition}
 * its seven-step code, {@code Foil?} and {@code Playset?} an {@code X} when set; a playset article
 * is four copies per {@code Amount}. {@code Price} is the seller's asking price, not what they paid,
 * so it is not read as a price paid.
 */
final class CardmarketStockRows implements FormatRows {

    private static final int PLAYSET = 4;

    @Override
    public List<String> missingColumns(Header header) {
        return FormatRows.missing(header, List.of(List.of("English Name", "Local Name"), List.of("Exp. Name", "Exp."),
                List.of("Amount")));
    }

    @Override
    public CollectionImportRow read(Row row) {
        int amount = CellValues.quantity(row.value("amount"));
        int copies = CellValues.flag(row.value("playset")) ? amount * PLAYSET : amount;
        if (copies > CollectionEntry.MAX_QUANTITY) {
            throw new RejectedRowException("quantity must be between 1 and " + CollectionEntry.MAX_QUANTITY + ": " + copies);
        }
        String condition = row.value("condition");
        return new CollectionImportRow(row.line(),
                FormatRows.reference(row.value("englishname", "localname"), row.value("exp"), row.value("expname"),
                        row.value("collectornumber", "number"), Optional.empty()),
                CellValues.id(row.value("idproduct"), "idProduct")
                        .map(id -> new MarketplaceProduct(MarketplaceProduct.Marketplace.CARDMARKET, id)),
                copies,
                CellValues.condition(condition, CellValues.ConditionScale.CARDMARKET),
                CellValues.flag(row.value("foil")) ? Optional.of("foil") : Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                CellValues.cardmarketLanguage(row.value("language")));
    }
}
