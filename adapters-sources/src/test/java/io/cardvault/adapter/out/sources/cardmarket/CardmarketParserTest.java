package io.cardvault.adapter.out.sources.cardmarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.out.sources.pricefile.MalformedPriceFileException;
import io.cardvault.adapter.out.sources.pricefile.Samples;
import io.cardvault.application.port.out.price.ProductRef;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.price.PriceType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** On the real samples: price_guide_6.sample.json (42 rows) and products_singles_6.sample.json (35 rows). */
class CardmarketParserTest {

    private static final String GUIDE = "cardmarket/price_guide_6.sample.json";
    private static final String PRODUCTS = "cardmarket/products_singles_6.sample.json";

    private final CardmarketParser.Guide guide = CardmarketParser.parseGuide(Samples.bytes(GUIDE));

    @Test
    void the_guide_is_dated_by_its_created_at_whose_offset_has_no_colon() {
        assertThat(guide.createdOn()).isEqualTo(LocalDate.of(2026, 7, 26));
        assertThat(guide.products()).isEqualTo(42);
    }

    @Test
    void plain_keys_price_the_product_and_holo_keys_its_holo_printing() {
        // {"idProduct":273532,"avg":0.14,"low":0.02,"trend":0.14,"avg1":0.25,"avg7":0.15,"avg30":0.14,
        //  "avg-holo":null,"low-holo":0.15,"trend-holo":0.69,"avg1-holo":0.75,"avg7-holo":0.51,"avg30-holo":0.59}
        Map<String, String> weedle = amounts(273532);
        assertThat(weedle).containsEntry("/raw_eu", "0.14").containsEntry("/low", "0.02").containsEntry("/trend", "0.14")
                .containsEntry("/avg1", "0.25").containsEntry("/avg7", "0.15").containsEntry("/avg30", "0.14")
                .containsEntry("holo/low", "0.15").containsEntry("holo/trend", "0.69").containsEntry("holo/avg1", "0.75")
                .containsEntry("holo/avg7", "0.51").containsEntry("holo/avg30", "0.59")
                .doesNotContainKey("holo/raw_eu"); // "avg-holo": null
        assertThat(weedle).hasSize(11);
    }

    @Test
    void rows_without_holo_keys_and_with_nulls_or_zeros_give_only_their_prices() {
        // {"idProduct":271886,"idCategory":53,"avg":null,"low":16750,"trend":1929.73,"avg1":null,…} (no *-holo keys)
        assertThat(amounts(271886)).containsOnly(Map.entry("/low", "16750"), Map.entry("/trend", "1929.73"));
        // {"idProduct":271903,…every price null}
        assertThat(amounts(271903)).isEmpty();
        // "trend-holo":0 is no price
        assertThat(amounts(271888)).doesNotContainKey("holo/trend").containsEntry("/trend", "24261");
    }

    @Test
    void the_product_catalogue_lists_the_primal_clash_singles() {
        CardmarketParser.Products products = CardmarketParser.parseProducts(Samples.bytes(PRODUCTS));
        assertThat(products.ids()).hasSize(35).contains(273532L, 273566L).doesNotContain(271439L);
        assertThat(products.createdOn()).isEqualTo(LocalDate.of(2026, 7, 26));
        // every single of the catalogue has a guide row: the join the adapter makes
        assertThat(guide.quotes().stream().map(q -> q.product().id()).collect(Collectors.toSet()))
                .containsAll(products.ids());
    }

    @Test
    void a_guide_cut_off_mid_way_is_rejected_whole() {
        for (double fraction : new double[] {0.1, 0.5, 0.99}) {
            assertThatThrownBy(() -> CardmarketParser.parseGuide(Samples.truncated(GUIDE, fraction)))
                    .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("truncated or malformed");
        }
        assertThatThrownBy(() -> CardmarketParser.parseProducts(Samples.truncated(PRODUCTS, 0.7)))
                .isInstanceOf(MalformedPriceFileException.class);
    }

    @Test
    void documents_without_their_array_date_or_product_ids_are_rejected() {
        assertThatThrownBy(() -> CardmarketParser.parseGuide(utf8("{\"version\":1,\"createdAt\":\"2026-07-26T02:44:32+0200\"}")))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("no 'priceGuides'");
        assertThatThrownBy(() -> CardmarketParser.parseGuide(utf8("{\"priceGuides\":[]}")))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("createdAt");
        assertThatThrownBy(() -> CardmarketParser.parseGuide(
                utf8("{\"createdAt\":\"2026-07-26T02:44:32+0200\",\"priceGuides\":[{\"avg\":1}]}")))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("idProduct");
        assertThatThrownBy(() -> CardmarketParser.parseGuide(utf8("<html>503</html>")))
                .isInstanceOf(MalformedPriceFileException.class);
    }

    @Test
    void created_at_takes_offsets_with_and_without_a_colon() {
        assertThat(CardmarketParser.createdOn("2026-05-12T02:43:17+0200")).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(CardmarketParser.createdOn("2026-05-12T02:43:17+02:00")).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    private Map<String, String> amounts(long product) {
        List<UpstreamQuote> quotes = guide.quotes().stream().filter(q -> q.product().id() == product).toList();
        quotes.forEach(q -> assertThat(q.product().market()).isEqualTo(ProductRef.Market.CARDMARKET));
        quotes.forEach(q -> assertThat(q.type()).isNotEqualTo(PriceType.GRADED));
        return quotes.stream().collect(Collectors.toMap(q -> q.product().subType() + "/" + q.type().code(),
                q -> q.amount().toPlainString()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
