package io.cardvault.adapter.out.sources.pricecharting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.out.sources.pricefile.MalformedPriceFileException;
import io.cardvault.adapter.out.sources.pricefile.Samples;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** On the real 27-column sample (Mew ex #232, tcg-id 534919) and the real 37-column header. */
class PriceChartingParserTest {

    @Test
    void the_sample_row_maps_every_price_column_per_the_grading_semantics() {
        PriceChartingParser.Guide guide = PriceChartingParser.parse(Samples.bytes("pricecharting/price-guide.pokemon.sample.csv"));
        assertThat(guide.rows()).isEqualTo(1);
        Map<String, String> amounts = guide.quotes().stream().peek(q -> assertThat(q.product().id()).isEqualTo(534919L))
                .collect(Collectors.toMap(q -> q.type().code() + (q.grading() == null ? ""
                        : " " + q.grading().company().code() + " " + q.grading().grade()), q -> q.amount().toPlainString()));
        assertThat(amounts).containsOnly(
                Map.entry("raw_us", "748.75"),
                Map.entry("graded other 7", "542.11"), Map.entry("graded other 8", "686.50"),
                Map.entry("graded other 9", "781.82"), Map.entry("graded other 9.5", "831.11"),
                Map.entry("graded psa 10", "2325.00"), Map.entry("graded bgs 10", "3023.00"),
                Map.entry("graded other pc17", "1255.00"), Map.entry("graded other pc18", "425.01"),
                Map.entry("retail_loose_buy", "494.40"), Map.entry("retail_loose_sell", "824.00"),
                Map.entry("retail_cib_buy", "357.60"), Map.entry("retail_cib_sell", "596.00"),
                Map.entry("retail_new_buy", "453.00"), Map.entry("retail_new_sell", "755.00"));
    }

    @Test
    void the_37_column_header_is_read_by_name_and_empty_prices_are_no_price() {
        String header = new String(Samples.bytes("pricecharting/header-variant-37col.txt"), StandardCharsets.UTF_8).strip();
        assertThat(header.split(",")).hasSize(37);
        // a row under that header: only loose, manual-only and condition-18 priced; condition-9…22 others ignored
        String[] row = new String[37];
        java.util.Arrays.fill(row, "");
        String[] names = header.split(",");
        for (int i = 0; i < names.length; i++) {
            switch (names[i]) {
                case "id" -> row[i] = "715593";
                case "product-name" -> row[i] = "\"Charizard #4, Holo\"";
                case "loose-price" -> row[i] = "$385.25";
                case "manual-only-price" -> row[i] = "\"$30,085.73\"";
                case "condition-18-price" -> row[i] = "$99.00";
                case "condition-9-price" -> row[i] = "$1.00";
                case "tcg-id" -> row[i] = "42382";
                default -> { }
            }
        }
        byte[] csv = (header + "\n" + String.join(",", row) + "\n").getBytes(StandardCharsets.UTF_8);
        PriceChartingParser.Guide guide = PriceChartingParser.parse(csv);
        assertThat(guide.quotes()).extracting(q -> q.type().code() + (q.grading() == null ? "" : " " + q.grading().grade())
                + "=" + q.amount().toPlainString())
                .containsExactlyInAnyOrder("raw_us=385.25", "graded 10=30085.73", "graded pc18=99.00");
    }

    @Test
    void rows_without_tcg_id_are_skipped_and_counted() {
        String csv = "id,console-name,product-name,loose-price,tcg-id\n1,Pokemon Base Set,Charizard #4,$300.00,\n";
        PriceChartingParser.Guide guide = PriceChartingParser.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(guide.quotes()).isEmpty();
        assertThat(guide.withoutTcgId()).isEqualTo(1);
    }

    @Test
    void a_cut_off_file_a_missing_column_or_a_bad_amount_is_rejected() {
        byte[] sample = Samples.bytes("pricecharting/price-guide.pokemon.sample.csv");
        assertThatThrownBy(() -> PriceChartingParser.parse(java.util.Arrays.copyOf(sample, sample.length - 120)))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("fields");
        assertThatThrownBy(() -> PriceChartingParser.parse("id,console-name\n1,x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("loose-price");
        assertThatThrownBy(() -> PriceChartingParser.parse("id,loose-price,tcg-id\n1,cheap,5\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("not an amount");
    }
}
