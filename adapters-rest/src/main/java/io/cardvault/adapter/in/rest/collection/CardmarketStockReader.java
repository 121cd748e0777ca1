package io.cardvault.adapter.in.rest.collection;

import io.cardvault.adapter.in.rest.collection.UnusableCollectionFileException.Problem;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.application.port.in.marketplace.CardmarketStockLine;
import io.cardvault.domain.shared.Money;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * Reads a Cardmarket stock export for the marketplace's import ({@code POST /seller/cardmarket/import})
 * with the collection import's reader: the same text and CSV rules, caps, line numbers and refusals,
 * and the same reading of an article ({@link CardmarketStockRows}), plus its {@code Price}, the
 * seller's asking price in euros, which a listing needs. A file of another format is refused whole
 * as an unknown header.
 */
public final class CardmarketStockReader {

    private final CollectionFileReader reader = new CollectionFileReader(CollectionImportLimits.defaults());
    private final CardmarketStockRows articles = new CardmarketStockRows();

    /** The articles read and the lines that could not be. */
    public record Stock(List<CardmarketStockLine> lines, List<RejectedLine> unreadable) {
    }

    /** @throws UnusableCollectionFileException a file that cannot be read at all, or is not a Cardmarket stock export */
    public Stock read(InputStream upload) {
        CollectionFileReader.Table<CardmarketStockLine> table = reader.readTable(upload, (header, names) -> {
            if (CollectionFileFormat.detect(header).filter(format -> format == CollectionFileFormat.CARDMARKET).isEmpty()
                    || !header.hasAny("price")) {
                throw new UnusableCollectionFileException(Problem.UNKNOWN_HEADER, "The header row is not a Cardmarket stock "
                        + "export's (idArticle; idProduct; English Name; …; Price; …; Amount); export your stock from "
                        + "Cardmarket as CSV");
            }
            List<String> missing = CollectionFileFormat.CARDMARKET.rows().missingColumns(header);
            if (!missing.isEmpty()) {
                throw new UnusableCollectionFileException(Problem.UNKNOWN_HEADER,
                        "This looks like a Cardmarket stock export but lacks the columns " + String.join(", ", missing));
            }
            return row -> new CardmarketStockLine(articles.read(row), askingPrice(row.value("price")));
        });
        return new Stock(table.rows(), table.rejected());
    }

    /** Cardmarket writes euros with a point ({@code 3.50}); a comma is read too, as a spreadsheet may save it. */
    static Money askingPrice(String cell) {
        String text = cell.strip().replace("€", "").replace(',', '.').strip();
        if (text.isEmpty()) {
            throw new RejectedRowException("the article has no price");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new RejectedRowException("price is not an amount: " + CellValues.quoted(cell));
        }
        if (amount.signum() <= 0) {
            throw new RejectedRowException("price must be above 0: " + CellValues.quoted(cell));
        }
        return new Money(Currency.getInstance("EUR"), amount);
    }
}
