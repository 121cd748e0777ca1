package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The picture address rule on real rows of the shared catalogue dumps: tcgdex-en {@code base1-4}
 * (series {@code base}), tcgdex-asia {@code SV1a-001} (series {@code SV}, Japanese), tcgdex-en
 * {@code exu-%3F} (the "?" Unown), MTGJSON's Alpha Black Lotus (LEA 232) and YGOJSON's Dark Magician.
 */
class CardImageSourceTest {

    @Test
    void given_a_tcgdex_en_card_its_pictures_are_the_tcgdex_assets_in_english() {
        CardImages images = new CardImageFacts("tcgdex-en", "en", "base", "base1", "4", null, null).images().orElseThrow();

        assertThat(images.source()).isEqualTo("tcgdex");
        assertThat(images.full().url()).isEqualTo("https://assets.tcgdex.net/en/base/base1/4/high.webp");
        assertThat(images.thumbnail().url()).isEqualTo("https://assets.tcgdex.net/en/base/base1/4/low.webp");
        assertThat(images.full().format()).isEqualTo("webp");
        assertThat(images.full().width()).isGreaterThan(images.thumbnail().width());
    }

    @Test
    void given_an_asian_tcgdex_card_its_pictures_are_in_the_sets_main_language() {
        CardImages images = new CardImageFacts("tcgdex-asia", "ja", "SV", "SV1a", "001", null, null).images().orElseThrow();

        assertThat(images.full().url()).isEqualTo("https://assets.tcgdex.net/ja/SV/SV1a/001/high.webp");
        assertThat(images.thumbnail().url()).isEqualTo("https://assets.tcgdex.net/ja/SV/SV1a/001/low.webp");
    }

    @Test
    void given_a_local_id_already_escaped_upstream_it_is_not_escaped_twice() {
        assertThat(new CardImageFacts("tcgdex-en", "en", "ex", "exu", "%3F", null, null).images().orElseThrow().full().url())
                .isEqualTo("https://assets.tcgdex.net/en/ex/exu/%3F/high.webp");
        assertThat(new CardImageFacts("tcgdex-en", "en", "ex", "exu", "!", null, null).images().orElseThrow().full().url())
                .isEqualTo("https://assets.tcgdex.net/en/ex/exu/!/high.webp");
        assertThat(CardImageSource.segment("a b/é")).isEqualTo("a%20b%2F%C3%A9");
    }

    @Test
    void given_a_tcgdex_set_without_a_known_series_no_picture_is_derived() {
        assertThat(new CardImageFacts("tcgdex-asia", "ja", null, "BW1a", "001", null, null).images()).isEmpty();
    }

    @Test
    void given_an_mtg_card_its_pictures_are_scryfalls_by_scryfall_id() {
        UUID blackLotusAlpha = UUID.fromString("b0faa7f2-b547-42c4-a810-839da50dadfe");

        CardImages images = new CardImageFacts("mtgjson", "en", null, "LEA", "232", blackLotusAlpha, null).images().orElseThrow();

        assertThat(images.source()).isEqualTo("scryfall");
        assertThat(images.full().url())
                .isEqualTo("https://cards.scryfall.io/normal/front/b/0/b0faa7f2-b547-42c4-a810-839da50dadfe.jpg");
        assertThat(images.thumbnail().url())
                .isEqualTo("https://cards.scryfall.io/small/front/b/0/b0faa7f2-b547-42c4-a810-839da50dadfe.jpg");
        assertThat(images.full().width()).isEqualTo(488);
        assertThat(images.full().height()).isEqualTo(680);
    }

    @Test
    void given_a_yugioh_card_its_pictures_are_ygoprodecks_by_its_id() {
        CardImages images = new CardImageFacts("ygojson", "en", null, "LOB", "LOB-EN005", null, 46986414L).images().orElseThrow();

        assertThat(images.source()).isEqualTo("ygoprodeck");
        assertThat(images.full().url()).isEqualTo("https://images.ygoprodeck.com/images/cards/46986414.jpg");
        assertThat(images.thumbnail().url()).isEqualTo("https://images.ygoprodeck.com/images/cards_small/46986414.jpg");
    }

    @Test
    void given_a_card_no_source_can_address_it_has_no_picture() {
        assertThat(new CardImageFacts("fab", "en", null, "WTR", "WTR001", null, null).images()).isEmpty();
        assertThat(CardImageFacts.none().images()).isEmpty();
        assertThat(CardImageSource.imagesOf(null)).isEmpty();
    }

    @Test
    void given_a_series_id_outside_tcgdex_it_addresses_nothing_there() {
        assertThat(new CardImageFacts("lorcana", "en", "1", "TFC", "1", null, null).images()).isEmpty();
    }

    @Test
    void a_card_image_is_an_https_address_with_a_size() {
        assertThatThrownBy(() -> new CardImage("http://example.org/a.jpg", "x", 1, 1, "jpg"))
                .isInstanceOf(InvalidCatalogueDataException.class);
        assertThatThrownBy(() -> new CardImage("https://example.org/a.jpg", "x", 0, 1, "jpg"))
                .isInstanceOf(InvalidCatalogueDataException.class);
        assertThatThrownBy(() -> new CardImages(new CardImage("https://a/1", "tcgdex", 1, 1, "webp"),
                new CardImage("https://b/1", "scryfall", 1, 1, "jpg"))).isInstanceOf(InvalidCatalogueDataException.class);
    }

    @Test
    void a_card_overview_read_without_facts_shows_no_picture() {
        CardOverview card = new CardOverview(1, 1, "pokemon", "Charizard", "4", "4/102", null, null, null, null, null, null,
                null, "Base Set", "BS", null, "en");

        assertThat(card.images()).isEmpty();
    }
}
