package io.cardvault.adapter.out.persistence.price;

import io.cardvault.adapter.out.persistence.ContractCatalogue;
import io.cardvault.adapter.out.persistence.TestDatabase;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.port.out.LoadPricedVariantsPortContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

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
}
