package io.cardvault.adapter.out.persistence.price;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.out.persistence.ContractCatalogue;
import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.LoadPricedVariantsPortContract;
import io.cardvault.domain.price.PricedVariant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The priced-variant listing's contract on real MariaDB with the real migrations. */
class JdbcPricedVariantsContractTest extends LoadPricedVariantsPortContract {

    private static DataSource dataSource;
    private static ContractCatalogue catalogue;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("priced_variants_contract");
        catalogue = new ContractCatalogue(dataSource);
    }

    @Override
    protected LoadPricedVariantsPort port() {
        return new JdbcPricedVariants(dataSource);
    }

    @Override
    protected void givenCard(long cardId, String name, Long cardmarketProductId, Long tcgplayerProductId) {
        catalogue.card(cardId, "pokemon", "Base Set", name, "Rare Holo", cardmarketProductId, tcgplayerProductId);
    }

    @Override
    protected void givenVariant(long cardId, long variantId, String printRun, String finish, Long cardmarketProductId,
                                Long tcgplayerProductId) {
        catalogue.variant(cardId, variantId, "en", printRun, finish, cardmarketProductId, tcgplayerProductId);
    }

    @Test
    void the_variants_of_a_card_share_its_facts_and_all_variants_share_the_game_rarity_and_finish() {
        givenCard(9_000_010, "Charizard", 273_699L, 42_382L);
        givenVariant(9_000_010, 90_000_101, "unlimited", "holofoil", null, null);
        givenVariant(9_000_010, 90_000_102, "shadowless", "holofoil", 660_224L, null);
        givenCard(9_000_020, "Blastoise", 273_700L, null);
        givenVariant(9_000_020, 90_000_201, "unlimited", "holofoil", null, null);

        List<PricedVariant> listed = port().pricedVariants().stream()
                .filter(variant -> variant.cardId().value() >= 9_000_010 && variant.cardId().value() <= 9_000_020).toList();

        assertThat(listed).extracting(variant -> variant.variantId().value()).containsExactly(90_000_101L, 90_000_102L, 90_000_201L);
        PricedVariant unlimited = listed.get(0);
        PricedVariant shadowless = listed.get(1);
        PricedVariant blastoise = listed.get(2);
        assertThat(shadowless.cardName()).isSameAs(unlimited.cardName()).isEqualTo("Charizard");
        assertThat(shadowless.setName()).isSameAs(unlimited.setName());
        assertThat(shadowless.cardmarketProductId()).isEqualTo(660_224L);
        assertThat(blastoise.cardName()).isEqualTo("Blastoise");
        assertThat(blastoise.finish()).isSameAs(unlimited.finish());
        assertThat(blastoise.gameSlug()).isSameAs(unlimited.gameSlug());
        assertThat(blastoise.rarity()).isSameAs(unlimited.rarity()).isEqualTo("Rare Holo");
    }
}
