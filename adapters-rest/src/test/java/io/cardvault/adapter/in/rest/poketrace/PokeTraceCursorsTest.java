package io.cardvault.adapter.in.rest.poketrace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PokeTraceCursorsTest {

    private final PokeTraceCursors cursors = new PokeTraceCursors("a test secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8));

    @Test
    void a_cursor_reads_back_its_position_for_the_same_list_and_filters_only() {
        String cursor = cursors.write("cards", "US|base-set", "1234");

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(cursors.read("cards", "US|base-set", cursor)).contains("1234");
        assertThat(cursors.read("cards", "EU|base-set", cursor)).isEmpty();
        assertThat(cursors.read("sets", "US|base-set", cursor)).isEmpty();
    }

    @Test
    void an_edited_truncated_or_foreign_cursor_is_refused() {
        String cursor = cursors.write("cards", "", "1234");
        String other = new PokeTraceCursors("another secret, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8))
                .write("cards", "", "1234");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("0123456789abcdef" + "cards\n99999").getBytes(StandardCharsets.UTF_8));

        // every character but the last, whose low bits base64 may not use
        for (int i = 0; i < cursor.length() - 1; i++) {
            char changed = cursor.charAt(i) == 'A' ? 'B' : 'A';
            String edited = cursor.substring(0, i) + changed + cursor.substring(i + 1);
            assertThat(cursors.read("cards", "", edited)).as("edited at %d", i).isEmpty();
        }
        assertThat(cursors.read("cards", "", cursor.substring(0, 10))).isEmpty();
        assertThat(cursors.read("cards", "", other)).isEmpty();
        assertThat(cursors.read("cards", "", forged)).isEmpty();
        assertThat(cursors.read("cards", "", "%%%")).isEmpty();
        assertThat(cursors.read("cards", "", "x".repeat(600))).isEmpty();
    }

    @Test
    void a_short_secret_is_refused() {
        assertThatThrownBy(() -> new PokeTraceCursors("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
