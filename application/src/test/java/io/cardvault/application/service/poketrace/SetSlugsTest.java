package io.cardvault.application.service.poketrace;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.SetOverview;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetSlugsTest {

    private static SetOverview set(long id, String code, String name, LocalDate released, String language) {
        return new SetOverview(id, 1, "pokemon", "Pokémon TCG", code, name, null, released, null, 10, false, language);
    }

    @Test
    void names_fold_to_lowercase_ascii_words_joined_by_hyphens() {
        assertThat(SetSlugs.fold("Base Set")).isEqualTo("base-set");
        assertThat(SetSlugs.fold("Pokémon GO")).isEqualTo("pokemon-go");
        assertThat(SetSlugs.fold("  Sun & Moon — Promos! ")).isEqualTo("sun-moon-promos");
        assertThat(SetSlugs.fold("拡張パック")).isEmpty();
    }

    @Test
    void the_older_set_keeps_a_shared_slug_the_newer_gets_its_code_and_a_name_without_letters_its_code() {
        SetSlugs slugs = SetSlugs.of(List.of(
                set(3, "SVP", "Promos", LocalDate.of(2023, 1, 1), "en"),
                set(1, "BSP", "Promos", LocalDate.of(1999, 7, 1), "en"),
                set(2, "ADV1", "拡張パック", LocalDate.of(2003, 1, 31), "ja")));

        assertThat(slugs.slug(1, "BSP")).isEqualTo("promos");
        assertThat(slugs.slug(3, "SVP")).isEqualTo("promos-svp");
        assertThat(slugs.slug(2, "ADV1")).isEqualTo("adv1");
        assertThat(slugs.set("promos-svp").map(SetOverview::id)).contains(3L);
        assertThat(slugs.after(Optional.empty()).keySet()).containsExactly("adv1", "promos", "promos-svp");
        assertThat(slugs.after(Optional.of("adv1")).keySet()).containsExactly("promos", "promos-svp");
        assertThat(slugs.slug(99, "NEW1")).isEqualTo("new1");
    }
}
