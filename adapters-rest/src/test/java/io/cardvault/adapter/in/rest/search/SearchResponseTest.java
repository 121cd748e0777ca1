package io.cardvault.adapter.in.rest.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.in.rest.JsonConfigurationAccess;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardImages;
import io.cardvault.domain.catalogue.CardSearchHit;
import io.cardvault.domain.catalogue.CardSearchPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResponseTest {

    @Test
    void a_page_is_written_in_the_contract_list_shape_with_every_item_field() {
        CardSearchPage page = new CardSearchPage(List.of(new CardSearchHit(new CardId(14), "Charizard", "4", "Rare Holo",
                "Pokemon", "Base Set", "BS", "pokemon", null, null)), 7);

        String json = JsonConfigurationAccess.jsonb().toJson(SearchResponse.from(page, 1, 0));

        JsonObject written = Json.createReader(new StringReader(json)).readObject();
        assertThat(written.keySet()).containsExactlyInAnyOrder("items", "total", "limit", "offset");
        assertThat(written.getInt("total")).isEqualTo(7);
        JsonObject item = written.getJsonArray("items").getJsonObject(0);
        assertThat(item.keySet()).containsExactlyInAnyOrder("id", "name", "number", "rarity", "card_type",
                "display_image_url", "set_name", "set_code", "tcg_slug", "best_price", "price_change_7d");
        assertThat(item.isNull("best_price")).isTrue();
        assertThat(item.isNull("price_change_7d")).isTrue();
        assertThat(item.isNull("display_image_url")).isTrue();
        assertThat(item.getString("card_type")).isEqualTo("Pokemon");
    }

    @Test
    void a_hit_with_a_picture_shows_its_small_one() {
        CardImages images = new io.cardvault.domain.catalogue.CardImageFacts("tcgdex-en", "en", "base", "base1", "4", null, null)
                .images().orElseThrow();
        CardSearchPage page = new CardSearchPage(List.of(new CardSearchHit(new CardId(14), "Charizard", "4", "Rare Holo",
                "Pokemon", "Base Set", "BS", "pokemon", null, null, images)), 1);

        JsonObject item = Json.createReader(new StringReader(JsonConfigurationAccess.jsonb().toJson(SearchResponse.from(page, 1, 0))))
                .readObject().getJsonArray("items").getJsonObject(0);

        assertThat(item.getString("display_image_url")).isEqualTo("https://assets.tcgdex.net/en/base/base1/4/low.webp");
    }
}
