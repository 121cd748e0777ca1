package io.cardvault.application.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How names become URL segments and stage labels. */
class CatalogueNamingTest {

    @Test
    void cardmarket_url_names_drop_accents_and_apostrophes_and_dash_the_rest() {
        assertThat(GetBuyLinksService.urlName("Base Set")).isEqualTo("Base-Set");
        assertThat(GetBuyLinksService.urlName("Flabébé")).isEqualTo("Flabebe");
        assertThat(GetBuyLinksService.urlName("Blaine's Charizard")).isEqualTo("Blaines-Charizard");
        assertThat(GetBuyLinksService.urlName("Pokémon GO: Radiant!")).isEqualTo("Pokemon-GO-Radiant");
    }

    @Test
    void tcgdex_stage_names_read_like_the_contract() {
        assertThat(GetEvolutionChainService.stageLabel("Stage1")).isEqualTo("Stage 1");
        assertThat(GetEvolutionChainService.stageLabel("Stage2")).isEqualTo("Stage 2");
        assertThat(GetEvolutionChainService.stageLabel("Basic")).isEqualTo("Basic");
        assertThat(GetEvolutionChainService.stageLabel("VMAX")).isEqualTo("VMAX");
        assertThat(GetEvolutionChainService.stageLabel(null)).isNull();
    }
}
