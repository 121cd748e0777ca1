package io.cardvault.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.sources.cardmarket.CardmarketFormat;
import io.cardvault.adapter.out.sources.pricecharting.PriceChartingFormat;
import io.cardvault.adapter.out.sources.tcgcsv.TcgcsvFormat;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
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
        SandboxFiles.cardmarketGuide(List.of(HOLO, REVERSE), SandboxGame.POKEMON, DAY, out);

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

    @Test
    void magics_guide_quotes_the_nonfoil_under_plain_keys_and_the_foil_under_the_foil_suffix_and_leaves_pokemon_out() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxFiles.cardmarketGuide(List.of(HOLO, LOTUS, magic(12, "holofoil", PrintRun.UNLIMITED)), SandboxGame.MAGIC, DAY, out);

        JsonObject guide = Json.createReader(new ByteArrayInputStream(out.toByteArray())).readObject();
        assertThat(guide.getJsonArray(CardmarketFormat.GUIDE_ROWS)).singleElement().satisfies(value -> {
            JsonObject row = value.asJsonObject();
            assertThat(row.getJsonNumber(CardmarketFormat.PRODUCT_ID).longValue()).isEqualTo(5465L);
            assertThat(row.getInt(CardmarketFormat.CATEGORY_ID)).isEqualTo(CardmarketFormat.MAGIC_SINGLES_CATEGORY);
            assertThat(row.getJsonNumber(CardmarketFormat.TREND).doubleValue()).isPositive();
            assertThat(row.getJsonNumber(CardmarketFormat.TREND + CardmarketFormat.FOIL_SUFFIX).doubleValue()).isPositive();
            assertThat(row.containsKey(CardmarketFormat.TREND + CardmarketFormat.REVERSE_HOLO_SUFFIX)).isFalse();
        });
    }

    @Test
    void tcgcsv_lists_a_category_per_game_and_each_games_groups_in_its_own() {
        ByteArrayOutputStream categories = new ByteArrayOutputStream();
        SandboxFiles.tcgcsvCategories(categories);
        ByteArrayOutputStream groups = new ByteArrayOutputStream();
        SandboxFiles.tcgcsvGroups(List.of(HOLO, LOTUS), SandboxGame.MAGIC, groups);

        assertThat(Json.createReader(new ByteArrayInputStream(categories.toByteArray())).readObject()
                .getJsonArray(TcgcsvFormat.RESULTS).getValuesAs(JsonObject.class))
                .extracting(row -> row.getJsonNumber(TcgcsvFormat.CATEGORY_ID).longValue())
                .containsExactly(TcgcsvFormat.POKEMON_CATEGORY, TcgcsvFormat.MAGIC_CATEGORY, TcgcsvFormat.FLESH_AND_BLOOD_CATEGORY);
        assertThat(Json.createReader(new ByteArrayInputStream(groups.toByteArray())).readObject()
                .getJsonArray(TcgcsvFormat.RESULTS).getValuesAs(JsonObject.class)).singleElement().satisfies(group -> {
                    assertThat(group.getJsonNumber(TcgcsvFormat.GROUP_ID).longValue()).isEqualTo(7L);
                    assertThat(group.getJsonNumber(TcgcsvFormat.CATEGORY_ID).longValue()).isEqualTo(TcgcsvFormat.MAGIC_CATEGORY);
                });
    }

    @Test
    void a_flesh_and_blood_product_covering_both_print_runs_quotes_each_under_its_edition() {
        List<PricedVariant> product = List.of(fab(31, "normal", PrintRun.FIRST_EDITION), fab(32, "holofoil", PrintRun.FIRST_EDITION),
                fab(33, "normal", PrintRun.UNLIMITED), fab(34, "holofoil", PrintRun.UNLIMITED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxFiles.tcgcsvPrices(product, DAY, out);

        assertThat(Json.createReader(new ByteArrayInputStream(out.toByteArray())).readObject()
                .getJsonArray(TcgcsvFormat.RESULTS).getValuesAs(JsonObject.class))
                .extracting(row -> row.getString(TcgcsvFormat.SUB_TYPE_NAME))
                .containsExactly("1st Edition Normal", "1st Edition Foil", "Unlimited Edition Normal", "Unlimited Edition Foil");
        assertThat(SandboxFiles.subTypeName(magic(13, "etched", PrintRun.UNLIMITED), List.of(LOTUS))).isEqualTo("Foil Etched");
    }

    private static final PricedVariant LOTUS = magic(11, "normal", PrintRun.UNLIMITED);

    private static PricedVariant magic(long id, String finish, PrintRun run) {
        return new PricedVariant(new VariantId(id), new CardId(50_000), new CardSetId(600), "mtg", "LEA", "Limited Edition Alpha",
                LocalDate.of(1993, 8, 5), "Black Lotus", "232", "rare", finish, id == 11, 5465L, 1042L, 7L, run);
    }

    private static PricedVariant fab(long id, String finish, PrintRun run) {
        return new PricedVariant(new VariantId(id), new CardId(60_000), new CardSetId(700), "flesh-and-blood", "WTR",
                "Welcome to Rathe", LocalDate.of(2019, 10, 11), "Enlightened Strike", "WTR159", "Majestic", finish, id == 31,
                null, 225229L, null, run);
    }

    private static PricedVariant variant(long id, String finish, boolean reverse) {
        return new PricedVariant(new VariantId(id), new CardId(134), new CardSetId(1), "pokemon", "base1", "Base Set",
                LocalDate.of(1999, 1, 9), "Charizard", "4/102", "Rare Holo", finish, !reverse, 273699L, 42382L, 604L);
    }
}
