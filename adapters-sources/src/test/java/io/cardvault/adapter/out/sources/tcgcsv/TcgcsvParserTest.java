package io.cardvault.adapter.out.sources.tcgcsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.adapter.out.sources.pricefile.MalformedPriceFileException;
import io.cardvault.adapter.out.sources.pricefile.Samples;
import io.cardvault.application.port.out.price.UpstreamQuote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** On the real tcgcsv samples: categories, groups of category 3, products and prices of group 3170. */
class TcgcsvParserTest {

    @Test
    void categories_groups_and_products_give_their_ids() {
        assertThat(TcgcsvParser.categories(Samples.bytes("tcgcsv/tcgplayer_categories.docs-example.json")))
                .containsExactly(new TcgcsvParser.Listing(3, "Pokemon", 3));
        assertThat(TcgcsvParser.groups(Samples.bytes("tcgcsv/tcgplayer_3_groups.docs-example.json")))
                .containsExactly(new TcgcsvParser.Listing(3170, "SWSH12: Silver Tempest", 3));
        // extendedData arrays and the presaleInfo object are skipped
        assertThat(TcgcsvParser.products(Samples.bytes("tcgcsv/tcgplayer_3_3170_products.docs-example.json")))
                .extracting(TcgcsvParser.Listing::id).contains(451396L);
    }

    @Test
    void prices_are_per_product_and_sub_type_with_null_direct_low_left_out() {
        List<UpstreamQuote> quotes = TcgcsvParser.prices(Samples.bytes("tcgcsv/tcgplayer_3_3170_prices.docs-example.json"), "3170");
        Map<String, String> amounts = quotes.stream().collect(Collectors.toMap(
                q -> q.product().id() + "/" + q.product().subType() + "/" + q.type().code(), q -> q.amount().toPlainString()));
        assertThat(amounts).containsOnly(
                Map.entry("451784/Holofoil/low", "0.1"), Map.entry("451784/Holofoil/mid", "0.51"),
                Map.entry("451784/Holofoil/high", "25.51"), Map.entry("451784/Holofoil/market", "0.53"),
                Map.entry("451784/Holofoil/direct_low", "0.44"),
                Map.entry("451784/Reverse Holofoil/low", "0.35"), Map.entry("451784/Reverse Holofoil/mid", "0.7"),
                Map.entry("451784/Reverse Holofoil/high", "2.99"), Map.entry("451784/Reverse Holofoil/market", "0.74"));
    }

    @Test
    void a_cut_off_file_or_an_unsuccessful_answer_is_rejected() {
        assertThatThrownBy(() -> TcgcsvParser.prices(Samples.truncated("tcgcsv/tcgplayer_3_3170_prices.docs-example.json", 0.6), "g"))
                .isInstanceOf(MalformedPriceFileException.class);
        assertThatThrownBy(() -> TcgcsvParser.prices(
                "{\"success\":false,\"errors\":[\"rate limited\"],\"results\":[]}".getBytes(StandardCharsets.UTF_8), "g"))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("success=false");
    }

    @Test
    void the_daily_archive_reads_the_prices_files_of_the_categories() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("2026-07-26/3/3170/prices"));
            out.write(Samples.bytes("tcgcsv/tcgplayer_3_3170_prices.docs-example.json"));
            out.putNextEntry(new ZipEntry("2026-07-26/1/99/prices"));
            out.write("{\"success\":true,\"results\":[{\"productId\":5,\"marketPrice\":1}]}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(TcgcsvPriceSource.archive(zip.toByteArray(), Set.of(3L), "a.zip")).hasSize(9)
                .allSatisfy(quote -> assertThat(quote.product().id()).isEqualTo(451784L));
        assertThat(TcgcsvPriceSource.archive(zip.toByteArray(), Set.of(3L, 1L), "a.zip")).hasSize(10);
        assertThatThrownBy(() -> TcgcsvPriceSource.archive(zip.toByteArray(), Set.of(7L), "a.zip"))
                .isInstanceOf(MalformedPriceFileException.class).hasMessageContaining("no prices of categories [7]");
    }
}
