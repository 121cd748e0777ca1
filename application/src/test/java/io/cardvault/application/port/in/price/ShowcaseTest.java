package io.cardvault.application.port.in.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule the backfill and the sandbox's showcase files both pick the showcase by. */
class ShowcaseTest {

    private static PricedVariant variant(long id, String set, LocalDate released, String rarity) {
        return new PricedVariant(new VariantId(id), new CardId(id), new CardSetId(set.hashCode() & 0xffff), "pokemon", set, set,
                released, "card " + id, String.valueOf(id), rarity, "normal", true, id, id, null);
    }

    private static final List<PricedVariant> CATALOGUE = List.of(
            variant(1, "base1", LocalDate.of(1999, 1, 9), "Common"),
            variant(2, "base2", LocalDate.of(1999, 6, 16), "Common"),
            variant(3, "base2", LocalDate.of(1999, 6, 16), "Holo Rare"),
            variant(4, "sv8", LocalDate.of(2024, 11, 8), "Common"),
            variant(5, "sv7", LocalDate.of(2024, 9, 13), "Common"),
            variant(6, "sv6", LocalDate.of(2024, 5, 24), "Rare"),
            variant(7, "promo", null, "Ultra Rare"));

    @Test
    void named_sets_the_newest_releases_and_the_rarer_cards_of_every_set_are_in() {
        Set<VariantId> chosen = new Showcase(Set.of("base1"), 2, Set.of("Holo Rare", "Ultra Rare")).variantsOf(CATALOGUE);

        assertThat(chosen).containsExactlyInAnyOrder(new VariantId(1), new VariantId(3), new VariantId(4), new VariantId(5),
                new VariantId(7));
    }

    @Test
    void an_empty_showcase_picks_nothing() {
        assertThat(new Showcase(Set.of(), 0, Set.of()).variantsOf(CATALOGUE)).isEmpty();
    }
}
