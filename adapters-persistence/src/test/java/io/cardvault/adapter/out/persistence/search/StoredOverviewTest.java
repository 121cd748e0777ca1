package io.cardvault.adapter.out.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardImageFacts;
import io.cardvault.domain.catalogue.CardOverview;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A card's overview comes back from its stored bytes equal to what was stored, nulls and all. */
class StoredOverviewTest {

    @Test
    void every_field_present_comes_back_equal() {
        CardOverview card = new CardOverview(442711, 6357, "pokemon", "Charizard 4 102 CoroCoro Promo", "4", "4/102",
                "Rare Holo", "Pokemon", 120, "Fire", "Stage2", "Charmeleon", "Mitsuhiro Arita", "Base Set", "BS",
                LocalDate.of(1999, 1, 9), "en", new CardImageFacts("tcgdex-en", "en", "base", "base1", "4",
                UUID.fromString("0000579f-7b35-4ed3-b44c-db2a538066fe"), 89631139L));

        assertThat(roundTrip(card)).isEqualTo(card);
    }

    @Test
    void absent_fields_come_back_absent_and_any_script_comes_back_whole() {
        CardOverview card = new CardOverview(1, 2, "pokemon", "リザードン🔥", "1★", "1★", null, null, null, null, null, null,
                null, "メガドリームex", "M2", null, null, CardImageFacts.none());

        assertThat(roundTrip(card)).isEqualTo(card);
    }

    @Test
    void a_value_read_from_inside_a_larger_buffer_uses_only_its_own_bytes() {
        CardOverview card = new CardOverview(7, 8, "mtg", "Island", "272", "272", "Common", "Land", null, null, null, null,
                "John Avon", "Unlimited Edition", "2ED", LocalDate.of(1993, 12, 1), "en", CardImageFacts.none());
        byte[] bytes = StoredOverview.encode(card);
        byte[] padded = new byte[bytes.length + 9];
        System.arraycopy(bytes, 0, padded, 5, bytes.length);

        assertThat(StoredOverview.decode(padded, 5, bytes.length)).isEqualTo(card);
    }

    private static CardOverview roundTrip(CardOverview card) {
        byte[] bytes = StoredOverview.encode(card);
        return StoredOverview.decode(bytes, 0, bytes.length);
    }
}
