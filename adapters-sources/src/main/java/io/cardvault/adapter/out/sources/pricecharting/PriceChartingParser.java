package io.cardvault.adapter.out.sources.pricecharting;

import io.cardvault.adapter.out.sources.pricefile.Amounts;
import io.cardvault.adapter.out.sources.pricefile.MalformedPriceFileException;
import io.cardvault.application.port.out.price.ProductRef;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.PriceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads PriceCharting's price guide CSV by column name. For trading cards PriceCharting reuses its
 * video-game columns (its own card pages label them): loose = ungraded ({@code raw_us}), cib = grade
 * 7, new = grade 8, graded = grade 9, box-only = grade 9.5 (all four company-agnostic: {@code other}),
 * manual-only = PSA 10, bgs-10 = BGS 10; condition-17/18 are kept as {@code other pc17/pc18} whose
 * meaning is unknown (spec, "v2 — price sources & grading semantics"). The retail buy/sell columns
 * become the {@code retail_*} dealer quotes. Rows join through {@code tcg-id} (TCGplayer's product
 * id); a row without one is skipped. The other columns (gamestop, condition-9…22 of the 37-column
 * header, upc, sales-volume…) carry no card price and are ignored.
 */
final class PriceChartingParser {

    private static final Map<String, Quote> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put(PriceChartingFormat.LOOSE, new Quote(PriceType.RAW_US, null));
        COLUMNS.put(PriceChartingFormat.CIB, graded(GradingCompany.OTHER, "7"));
        COLUMNS.put(PriceChartingFormat.NEW, graded(GradingCompany.OTHER, "8"));
        COLUMNS.put(PriceChartingFormat.GRADED, graded(GradingCompany.OTHER, "9"));
        COLUMNS.put(PriceChartingFormat.BOX_ONLY, graded(GradingCompany.OTHER, "9.5"));
        COLUMNS.put(PriceChartingFormat.MANUAL_ONLY, graded(GradingCompany.PSA, "10"));
        COLUMNS.put(PriceChartingFormat.BGS_10, graded(GradingCompany.BGS, "10"));
        COLUMNS.put(PriceChartingFormat.CONDITION_17, graded(GradingCompany.OTHER, "pc17"));
        COLUMNS.put(PriceChartingFormat.CONDITION_18, graded(GradingCompany.OTHER, "pc18"));
        COLUMNS.put(PriceChartingFormat.RETAIL_LOOSE_BUY, new Quote(PriceType.RETAIL_LOOSE_BUY, null));
        COLUMNS.put(PriceChartingFormat.RETAIL_LOOSE_SELL, new Quote(PriceType.RETAIL_LOOSE_SELL, null));
        COLUMNS.put(PriceChartingFormat.RETAIL_CIB_BUY, new Quote(PriceType.RETAIL_CIB_BUY, null));
        COLUMNS.put(PriceChartingFormat.RETAIL_CIB_SELL, new Quote(PriceType.RETAIL_CIB_SELL, null));
        COLUMNS.put(PriceChartingFormat.RETAIL_NEW_BUY, new Quote(PriceType.RETAIL_NEW_BUY, null));
        COLUMNS.put(PriceChartingFormat.RETAIL_NEW_SELL, new Quote(PriceType.RETAIL_NEW_SELL, null));
    }

    private static final List<String> REQUIRED = List.of(PriceChartingFormat.ID, PriceChartingFormat.LOOSE, PriceChartingFormat.TCG_ID);

    private PriceChartingParser() {
    }

    record Quote(PriceType type, Grading grading) {
    }

    /** A parsed guide: its quotes, the rows read and the rows skipped for want of a tcg-id. */
    record Guide(List<UpstreamQuote> quotes, int rows, int withoutTcgId) {
    }

    private static Quote graded(GradingCompany company, String grade) {
        return new Quote(PriceType.GRADED, Grading.of(company, grade));
    }

    static Guide parse(byte[] csv) {
        List<UpstreamQuote> quotes = new ArrayList<>();
        int rows = 0;
        int withoutTcgId = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new MalformedPriceFileException("PriceCharting CSV without a '" + column + "' column: " + header.keySet());
                }
            }
            for (CSVRecord record : parser) {
                rows++;
                if (!record.isConsistent()) {
                    throw new MalformedPriceFileException("PriceCharting CSV line " + record.getRecordNumber() + " has "
                            + record.size() + " fields, the header " + header.size() + " (truncated file?)");
                }
                String tcgId = record.get(PriceChartingFormat.TCG_ID).strip();
                if (tcgId.isEmpty()) {
                    withoutTcgId++;
                    continue;
                }
                long productId = productId(tcgId, record);
                ProductRef product = new ProductRef(ProductRef.Market.TCGPLAYER, productId, "");
                for (Map.Entry<String, Quote> column : COLUMNS.entrySet()) {
                    if (!record.isMapped(column.getKey())) {
                        continue;
                    }
                    BigDecimal amount = Amounts.parse(record.get(column.getKey()),
                            "line " + record.getRecordNumber() + " " + column.getKey());
                    if (amount != null) {
                        quotes.add(new UpstreamQuote(product, column.getValue().type(), column.getValue().grading(), amount));
                    }
                }
            }
        } catch (IOException e) {
            throw new MalformedPriceFileException("unreadable PriceCharting CSV: " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new MalformedPriceFileException("malformed PriceCharting CSV: " + e.getMessage(), e);
        }
        return new Guide(quotes, rows, withoutTcgId);
    }

    private static long productId(String tcgId, CSVRecord record) {
        try {
            long id = Long.parseLong(tcgId);
            if (id <= 0) {
                throw new NumberFormatException("not positive");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new MalformedPriceFileException("PriceCharting CSV line " + record.getRecordNumber()
                    + " has tcg-id '" + tcgId + "'", e);
        }
    }
}
