package io.cardvault.adapter.out.sources.tcgcsv;

import io.cardvault.adapter.out.sources.pricefile.Amounts;
import io.cardvault.adapter.out.sources.pricefile.JsonArrayDocument;
import io.cardvault.adapter.out.sources.pricefile.MalformedPriceFileException;
import io.cardvault.application.port.out.price.ProductRef;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.price.PriceType;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses tcgcsv's JSON files, all shaped {@code {"success":…, "errors":[…], "results":[…]}}. A file
 * with {@code success} false is rejected like a malformed one. Prices: {@code lowPrice, midPrice,
 * highPrice, marketPrice, directLowPrice} become {@code low, mid, high, market, direct_low} of the
 * product's {@code subTypeName} printing; nulls are "no price".
 */
final class TcgcsvParser {

    private static final Map<String, PriceType> PRICE_FIELDS = Map.of(
            TcgcsvFormat.LOW_PRICE, PriceType.LOW, TcgcsvFormat.MID_PRICE, PriceType.MID, TcgcsvFormat.HIGH_PRICE, PriceType.HIGH,
            TcgcsvFormat.MARKET_PRICE, PriceType.MARKET, TcgcsvFormat.DIRECT_LOW_PRICE, PriceType.DIRECT_LOW);

    private TcgcsvParser() {
    }

    /** A category or a group: its id, name and (groups) the category it belongs to. */
    record Listing(long id, String name, long categoryId) {
    }

    /** Category ids and names. */
    static List<Listing> categories(byte[] json) {
        return listings(json, TcgcsvFormat.CATEGORY_ID, TcgcsvFormat.NAME);
    }

    /** Group ids, names and categories. */
    static List<Listing> groups(byte[] json) {
        return listings(json, TcgcsvFormat.GROUP_ID, TcgcsvFormat.NAME);
    }

    /** Product ids of a group's products file (with their names, for logs). */
    static List<Listing> products(byte[] json) {
        return listings(json, TcgcsvFormat.PRODUCT_ID, TcgcsvFormat.NAME);
    }

    static List<UpstreamQuote> prices(byte[] json, String where) {
        List<UpstreamQuote> quotes = new ArrayList<>();
        results(json, (parser, index) -> {
            long productId = 0;
            String subType = null;
            Map<PriceType, BigDecimal> amounts = new LinkedHashMap<>();
            while (parser.next() != JsonParser.Event.END_OBJECT) {
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if (TcgcsvFormat.PRODUCT_ID.equals(key) && value == JsonParser.Event.VALUE_NUMBER) {
                    productId = parser.getLong();
                } else if (TcgcsvFormat.SUB_TYPE_NAME.equals(key) && value == JsonParser.Event.VALUE_STRING) {
                    subType = parser.getString();
                } else if (PRICE_FIELDS.containsKey(key) && value == JsonParser.Event.VALUE_NUMBER) {
                    amounts.put(PRICE_FIELDS.get(key), parser.getBigDecimal());
                } else {
                    JsonArrayDocument.skipValue(parser, value);
                }
            }
            if (productId <= 0) {
                throw new MalformedPriceFileException(where + " prices row " + index + " has no productId");
            }
            for (Map.Entry<PriceType, BigDecimal> amount : amounts.entrySet()) {
                BigDecimal value = Amounts.positiveOrNull(amount.getValue(), where + " product " + productId);
                if (value != null) {
                    quotes.add(new UpstreamQuote(new ProductRef(ProductRef.Market.TCGPLAYER, productId,
                            subType == null ? "" : subType), amount.getKey(), null, value));
                }
            }
        });
        return quotes;
    }

    private static List<Listing> listings(byte[] json, String idField, String nameField) {
        List<Listing> listings = new ArrayList<>();
        results(json, (parser, index) -> {
            long id = 0;
            long categoryId = 0;
            String name = null;
            while (parser.next() != JsonParser.Event.END_OBJECT) {
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if (idField.equals(key) && value == JsonParser.Event.VALUE_NUMBER) {
                    id = parser.getLong();
                    categoryId = TcgcsvFormat.CATEGORY_ID.equals(key) ? id : categoryId;
                } else if (TcgcsvFormat.CATEGORY_ID.equals(key) && value == JsonParser.Event.VALUE_NUMBER) {
                    categoryId = parser.getLong();
                } else if (nameField.equals(key) && value == JsonParser.Event.VALUE_STRING) {
                    name = parser.getString();
                } else {
                    JsonArrayDocument.skipValue(parser, value);
                }
            }
            if (id <= 0) {
                throw new MalformedPriceFileException("results row " + index + " has no " + idField);
            }
            listings.add(new Listing(id, name, categoryId));
        });
        return listings;
    }

    private static void results(byte[] json, JsonArrayDocument.RowReader rows) {
        Map<String, String> header = JsonArrayDocument.walk(json, TcgcsvFormat.RESULTS, rows);
        if (!"true".equals(header.get(TcgcsvFormat.SUCCESS))) {
            throw new MalformedPriceFileException("tcgcsv answered success=" + header.get(TcgcsvFormat.SUCCESS));
        }
    }
}
