package io.cardvault.adapter.out.sources.cardmarket;

import io.cardvault.adapter.out.sources.pricefile.Amounts;
import io.cardvault.adapter.out.sources.pricefile.JsonArrayDocument;
import io.cardvault.adapter.out.sources.pricefile.MalformedPriceFileException;
import io.cardvault.application.port.out.price.ProductRef;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.price.PriceType;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams Cardmarket's JSON downloads. The guide's keys map to price types as follows: {@code avg}
 * (average sell price of all sold articles) is the headline {@code raw_eu}; {@code low, trend, avg1,
 * avg7, avg30} keep their names. The same keys with {@code -holo} (Pokémon: reverse holo) or
 * {@code -foil} (Magic) are the foil printing's, quoted with sub type {@code holo}. Nulls, zeros and
 * missing keys are "no price". A document that is cut off, is not JSON, lacks its array or has a row
 * without a positive {@code idProduct} is rejected whole.
 */
final class CardmarketParser {

    /** Cardmarket writes offsets without a colon ({@code 2026-07-26T02:44:32+0200}). */
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[XXX][XX]");
    private static final Map<String, PriceType> TYPES = Map.of(
            CardmarketFormat.AVG, PriceType.RAW_EU, CardmarketFormat.LOW, PriceType.LOW, CardmarketFormat.TREND, PriceType.TREND,
            CardmarketFormat.AVG1, PriceType.AVG1, CardmarketFormat.AVG7, PriceType.AVG7, CardmarketFormat.AVG30, PriceType.AVG30);

    private CardmarketParser() {
    }

    /** A parsed guide: when Cardmarket created it and its quotes. */
    record Guide(LocalDate createdOn, List<UpstreamQuote> quotes, int products) {
    }

    /** A parsed product catalogue: the product ids it lists. */
    record Products(LocalDate createdOn, Set<Long> ids) {
    }

    static Guide parseGuide(byte[] json) {
        List<UpstreamQuote> quotes = new ArrayList<>();
        LocalDate[] created = new LocalDate[1];
        int products = document(json, CardmarketFormat.GUIDE_ROWS, created, (parser, index) -> {
            long id = 0;
            List<Object[]> amounts = new ArrayList<>(12);
            while (parser.next() != JsonParser.Event.END_OBJECT) {
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if (CardmarketFormat.PRODUCT_ID.equals(key)) {
                    id = value == JsonParser.Event.VALUE_NUMBER ? parser.getLong() : 0;
                    continue;
                }
                boolean foil = key.endsWith(CardmarketFormat.REVERSE_HOLO_SUFFIX) || key.endsWith(CardmarketFormat.FOIL_SUFFIX);
                PriceType type = TYPES.get(foil ? key.substring(0, key.lastIndexOf('-')) : key);
                if (type == null || value != JsonParser.Event.VALUE_NUMBER) {
                    JsonArrayDocument.skipValue(parser, value);
                    continue;
                }
                amounts.add(new Object[] {type, foil, parser.getBigDecimal(), key});
            }
            if (id <= 0) {
                throw new MalformedPriceFileException("price guide row " + index + " has no idProduct");
            }
            for (Object[] amount : amounts) {
                BigDecimal value = Amounts.positiveOrNull((BigDecimal) amount[2], "idProduct " + id + " " + amount[3]);
                if (value != null) {
                    quotes.add(new UpstreamQuote(new ProductRef(ProductRef.Market.CARDMARKET, id,
                            (Boolean) amount[1] ? "holo" : ""), (PriceType) amount[0], null, value));
                }
            }
        });
        return new Guide(created[0], quotes, products);
    }

    static Products parseProducts(byte[] json) {
        Set<Long> ids = new HashSet<>();
        LocalDate[] created = new LocalDate[1];
        document(json, CardmarketFormat.PRODUCT_ROWS, created, (parser, index) -> {
            long id = 0;
            while (parser.next() != JsonParser.Event.END_OBJECT) {
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if (CardmarketFormat.PRODUCT_ID.equals(key) && value == JsonParser.Event.VALUE_NUMBER) {
                    id = parser.getLong();
                } else {
                    JsonArrayDocument.skipValue(parser, value);
                }
            }
            if (id <= 0) {
                throw new MalformedPriceFileException("product row " + index + " has no idProduct");
            }
            ids.add(id);
        });
        return new Products(created[0], ids);
    }

    /** The rows of {@code arrayName}; {@code createdAt} is required (it dates every quote). */
    private static int document(byte[] json, String arrayName, LocalDate[] created, JsonArrayDocument.RowReader rows) {
        Map<String, String> header = JsonArrayDocument.walk(json, arrayName, rows);
        String createdAt = header.get(CardmarketFormat.CREATED_AT);
        if (createdAt == null) {
            throw new MalformedPriceFileException("no createdAt");
        }
        created[0] = createdOn(createdAt);
        return Integer.parseInt(header.get("#rows"));
    }

    static LocalDate createdOn(String text) {
        try {
            return OffsetDateTime.parse(text, CREATED_AT).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new MalformedPriceFileException("createdAt is not a timestamp: " + text, e);
        }
    }
}
