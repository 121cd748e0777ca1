package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void english_and_dutch_have_the_same_keys_and_their_own_words() {
        ResourceBundle english = ResourceBundle.getBundle(WebContext.MESSAGES, Locale.ENGLISH);
        ResourceBundle dutch = ResourceBundle.getBundle(WebContext.MESSAGES, Locale.forLanguageTag("nl"));
        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        assertThat(english.getString("notfound.title")).isEqualTo("Page not found");
        assertThat(dutch.getString("notfound.title")).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void counts_take_their_plural_form_in_both_languages() {
        Locale dutch = Locale.forLanguageTag("nl");
        assertThat(WebContext.format(dutch, "rail.delta", 1)).isEqualTo("Verandering 1 dag");
        assertThat(WebContext.format(dutch, "rail.delta", 7)).isEqualTo("Verandering 7 dagen");
        assertThat(WebContext.format(Locale.ENGLISH, "rail.delta", 365)).isEqualTo("365-day change");
        assertThat(WebContext.format(dutch, "rail.sales30d", 0)).isEqualTo("geen verkopen in 30 dagen");
        assertThat(WebContext.format(dutch, "rail.sales30d", 1)).isEqualTo("1 verkoop in 30 dagen");
        assertThat(WebContext.format(Locale.ENGLISH, "rail.sales30d", 1)).isEqualTo("1 sale in 30 days");
        assertThat(WebContext.format(Locale.ENGLISH, "rail.sales30d", 1200)).isEqualTo("1,200 sales in 30 days");
        assertThat(WebContext.format(dutch, "rail.predictionDetail", 30, "gemiddeld", 1))
                .isEqualTo("Over 30 dagen · betrouwbaarheid gemiddeld · 1 meetpunt");
        assertThat(WebContext.format(Locale.ENGLISH, "rail.verdictDetail", "high", 1, 1, "0.0 %"))
                .isEqualTo("high confidence · 1 of 1 source agree · spread 0.0 %");
        assertThat(WebContext.format(dutch, "signin.throttled", 1)).contains("over 1 seconde opnieuw");
        assertThat(WebContext.format(Locale.ENGLISH, "market.dataPoints", 12)).isEqualTo("12 data points");
        assertThat(WebContext.format(dutch, "market.hotUpdates", 1, 1)).isEqualTo("1 prijswijziging uit 1 bron");
        assertThat(WebContext.format(Locale.ENGLISH, "market.hotUpdates", 14, 2)).isEqualTo("14 price updates from 2 sources");
        assertThat(WebContext.format(dutch, "chart.summary", 1, "1 mei", "7 mei")).startsWith("Prijsgrafiek met 1 lijn van");
        assertThat(WebContext.format(dutch, "collection.countFiltered", 1, 1)).isEqualTo("1 van 1 regel");
    }

    @Test
    void card_facts_have_labels_for_tcgdex_words() {
        ResourceBundle english = ResourceBundle.getBundle(WebContext.MESSAGES, Locale.ENGLISH);
        assertThat(english.getString("card.stage.Stage2")).isEqualTo("Stage 2");
        assertThat(english.getString("card.category.Pokemon")).isEqualTo("Pokémon");
        assertThat(ResourceBundle.getBundle(WebContext.MESSAGES, Locale.forLanguageTag("nl")).getString("card.category.Energy"))
                .isEqualTo("Energie");
    }
}
