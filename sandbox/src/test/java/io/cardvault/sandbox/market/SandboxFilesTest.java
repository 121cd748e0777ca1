package io.cardvault.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.sources.cardmarket.CardmarketFormat;
import io.cardvault.adapter.out.sources.pricecharting.PriceChartingFormat;
import io.cardvault.adapter.out.sources.tcgcsv.TcgcsvFormat;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The sandbox writes each upstream file under the names the source adapters' format classes give. */
class SandboxFilesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private static final PricedVariant HOLO = variant(1, "holofoil", false);
    private static final PricedVariant REVERSE = variant(2, "reverse_holofoil", true);

    @Test
    void the_pricecharting_guide_has_the_formats_header_and_every_row_fills_it_by_column_name() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxFiles.priceCharting(List.of(HOLO, REVERSE), DAY, out);

        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser csv = CSVParser.builder().setReader(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .setFormat(format).get()) {
            assertThat(csv.getHeaderNames()).isEqualTo(PriceChartingFormat.HEADER);
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(1); // one row per TCGplayer product, priced from its non-reverse variant
            CSVRecord row = rows.get(0);
            assertThat(row.isConsistent()).isTrue();
            assertThat(row.get(PriceChartingFormat.TCG_ID)).isEqualTo("42382");
            assertThat(row.get(PriceChartingFormat.ID)).isEqualTo(String.valueOf(SandboxFiles.SANDBOX_PRICECHARTING_BASE + 42382));
            assertThat(row.get(PriceChartingFormat.LOOSE)).startsWith("$");
            assertThat(row.get(PriceChartingFormat.GAMESTOP)).isEmpty();
            assertThat(row.get(PriceChartingFormat.RELEASE_DATE)).isEqualTo("1999-01-09");
        }
    }

    @Test
    void the_cardmarket_guide_quotes_every_price_key_and_the_reverse_holo_under_its_suffix() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxFiles.cardmarketGuide(List.of(HOLO, REVERSE), DAY, out);

        JsonObject guide = Json.createReader(new ByteArrayInputStream(out.toByteArray())).readObject();
        assertThat(guide.getString(CardmarketFormat.CREATED_AT)).startsWith(DAY.toString());
        JsonObject row = guide.getJsonArray(CardmarketFormat.GUIDE_ROWS).getJsonObject(0);
        assertThat(row.getJsonNumber(CardmarketFormat.PRODUCT_ID).longValue()).isEqualTo(273699L);
        for (String key : CardmarketFormat.PRICE_KEYS) {
            assertThat(row.getJsonNumber(key).doubleValue()).as(key).isPositive();
            assertThat(row.getJsonNumber(key + CardmarketFormat.REVERSE_HOLO_SUFFIX).doubleValue()).as(key).isPositive();
        }
    }

    @Test
    void the_tcgcsv_prices_quote_each_printing_under_its_sub_type() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxFiles.tcgcsvPrices(List.of(HOLO, REVERSE), DAY, out);

        JsonObject prices = Json.createReader(new ByteArrayInputStream(out.toByteArray())).readObject();
        assertThat(prices.getBoolean(TcgcsvFormat.SUCCESS)).isTrue();
        assertThat(prices.getJsonArray(TcgcsvFormat.RESULTS).getValuesAs(JsonObject.class))
                .extracting(row -> row.getString(TcgcsvFormat.SUB_TYPE_NAME))
                .containsExactly("Holofoil", "Reverse Holofoil");
        assertThat(prices.getJsonArray(TcgcsvFormat.RESULTS).getJsonObject(0).getJsonNumber(TcgcsvFormat.MARKET_PRICE)
                .doubleValue()).isPositive();
    }

    private static PricedVariant variant(long id, String finish, boolean reverse) {
        return new PricedVariant(new VariantId(id), new CardId(134), new CardSetId(1), "pokemon", "base1", "Base Set",
                LocalDate.of(1999, 1, 9), "Charizard", "4/102", "Rare Holo", finish, !reverse, 273699L, 42382L, 604L);
    }
}
