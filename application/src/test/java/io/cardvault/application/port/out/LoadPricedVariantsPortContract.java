package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LoadPricedVariantsPort}: the in-memory fake and the MariaDB adapter must both
 * pass it. Each test seeds cards of ids of its own and reads only those back, so an implementation
 * may keep its rows between tests.
 */
public abstract class LoadPricedVariantsPortContract {

    private static final AtomicLong IDS = new AtomicLong(90_000);

    private LoadPricedVariantsPort port;
    private long card;

    protected abstract LoadPricedVariantsPort port();

    /**
     * A Pokémon card named {@code name} with the marketplace ids given (null: none), in a set of its
     * own (set id = card id, TCGplayer group = card id + 1,000,000, "Base Set", released 1999-01-09),
     * rarity "Rare Holo", collector number "1/1".
     */
    protected abstract void givenCard(long cardId, String name, Long cardmarketProductId, Long tcgplayerProductId);

    /** An English variant of the card in that print run and finish, with its own marketplace ids (null: none). */
    protected abstract void givenVariant(long cardId, long variantId, String printRun, String finish, Long cardmarketProductId,
                                         Long tcgplayerProductId);

    @BeforeEach
    void freshCard() {
        port = port();
        card = IDS.addAndGet(10);
    }

    @Test
    void givenAVariantWithoutOwnIds_pricedVariants_givesItItsCardsProductIds() {
        givenCard(card, "Charizard", 273_699L, 42_382L);
        givenVariant(card, card * 10, "unlimited", "holofoil", null, null);

        assertThat(ours()).singleElement().satisfies(variant -> {
            assertThat(variant.variantId()).isEqualTo(new VariantId(card * 10));
            assertThat(variant.cardId()).isEqualTo(new CardId(card));
            assertThat(variant.setId()).isEqualTo(new CardSetId(card));
            assertThat(variant.gameSlug()).isEqualTo("pokemon");
            assertThat(variant.cardName()).isEqualTo("Charizard");
            assertThat(variant.setName()).isEqualTo("Base Set");
            assertThat(variant.finish()).isEqualTo("holofoil");
            assertThat(variant.cardmarketProductId()).isEqualTo(273_699L);
            assertThat(variant.tcgplayerProductId()).isEqualTo(42_382L);
            assertThat(variant.tcgplayerGroupId()).isEqualTo(card + 1_000_000);
            assertThat(variant.printRun()).isEqualTo(PrintRun.UNLIMITED);
            assertThat(variant.primary()).isTrue();
        });
    }

    @Test
    void givenAVariantWithItsOwnIds_pricedVariants_prefersThemToTheCards() {
        givenCard(card, "Charizard", 273_699L, null);
        givenVariant(card, card * 10, "1st_edition", "holofoil", 280_000L, 50_000L);

        assertThat(ours()).singleElement().satisfies(variant -> {
            assertThat(variant.cardmarketProductId()).isEqualTo(280_000L);
            assertThat(variant.tcgplayerProductId()).isEqualTo(50_000L);
            assertThat(variant.printRun()).isEqualTo(PrintRun.FIRST_EDITION);
        });
    }

    @Test
    void givenNoProductIdOnVariantOrCard_pricedVariants_leavesTheVariantOut() {
        givenCard(card, "Pikachu", null, null);
        givenVariant(card, card * 10, "unlimited", "normal", null, null);
        givenVariant(card, card * 10 + 1, "unlimited", "holofoil", null, 61_000L);

        assertThat(ours()).extracting(PricedVariant::variantId).containsExactly(new VariantId(card * 10 + 1));
        assertThat(ours().get(0).primary()).isTrue();
    }

    @Test
    void givenAReverseHoloFirst_pricedVariants_makesTheFirstOtherVariantPrimaryAndListsInVariantOrder() {
        givenCard(card, "Blastoise", 1_000L, null);
        givenVariant(card, card * 10, "unlimited", "reverse_holofoil", null, null);
        givenVariant(card, card * 10 + 1, "unlimited", "normal", null, null);
        givenVariant(card, card * 10 + 2, "unlimited", "holofoil", null, null);

        List<PricedVariant> listed = ours();

        assertThat(listed).extracting(PricedVariant::variantId)
                .containsExactly(new VariantId(card * 10), new VariantId(card * 10 + 1), new VariantId(card * 10 + 2));
        assertThat(listed).extracting(PricedVariant::primary).containsExactly(false, true, false);
        assertThat(listed.get(0).isReverse()).isTrue();
    }

    private List<PricedVariant> ours() {
        return port.pricedVariants().stream().filter(variant -> variant.cardId().value() == card).toList();
    }
}
