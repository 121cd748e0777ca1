package io.cardvault.adapter.out.sources.cardmarket;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.sources.pricefile.Samples;
import io.cardvault.adapter.out.sources.pricefile.UpstreamStub;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.application.port.out.price.UpstreamQuote;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Several games' files (Pokémon 6 and Magic 1) make one price file. */
class CardmarketGamesTest {

    @Test
    void givenPokemonAndMagic_fetch_readsBothGamesFilesIntoOneFileNamedByTheFirstGuide() {
        byte[] magicProducts = """
                {"version":1,"createdAt":"2026-07-26T02:44:32+0200","products":[{"idProduct":5465,"idCategory":1}]}"""
                .getBytes(StandardCharsets.UTF_8);
        byte[] magicGuide = """
                {"version":1,"createdAt":"2026-07-26T02:44:32+0200","priceGuides":[{"idProduct":5465,"idCategory":1,
                 "trend":12000.5,"trend-foil":null},{"idProduct":999,"trend":3}]}""".getBytes(StandardCharsets.UTF_8);
        try (UpstreamStub upstream = new UpstreamStub()
                .serve("/productList/products_singles_6.json", Samples.bytes("cardmarket/products_singles_6.sample.json"))
                .serve("/priceGuide/price_guide_6.json", Samples.bytes("cardmarket/price_guide_6.sample.json"))
                .serve("/productList/products_singles_1.json", magicProducts)
                .serve("/priceGuide/price_guide_1.json", magicGuide)) {
            CardmarketPriceSource source = new CardmarketPriceSource(upstream.baseUrl().toString(), List.of(6, 1));

            FetchOutcome outcome = source.fetch(new PriceFileRequest(LocalDate.of(2026, 7, 26), false,
                    Optional.empty()));

            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, fetched -> {
                assertThat(fetched.file().upstream()).endsWith("/priceGuide/price_guide_6.json");
                List<Long> products = fetched.file().quotes().stream().map(UpstreamQuote::product)
                        .map(product -> product.id()).distinct().toList();
                // Black Lotus's Cardmarket product from Magic's guide beside Pokémon's; 999 is no single: left out
                assertThat(products).contains(5465L).doesNotContain(999L).hasSizeGreaterThan(1);
            });
        }
    }
}
