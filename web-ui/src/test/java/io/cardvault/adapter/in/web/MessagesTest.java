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
}
