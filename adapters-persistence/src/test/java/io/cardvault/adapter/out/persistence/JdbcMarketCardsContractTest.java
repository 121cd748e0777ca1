package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.BrowseMarketCardsPort;
import io.cardvault.application.port.out.BrowseMarketCardsPortContract;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Game;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** The MariaDB market listings meet the same contract as the fake, fed by the real catalogue store. */
class JdbcMarketCardsContractTest extends BrowseMarketCardsPortContract {

    private static DataSource dataSource;
    private static JdbcMarketCards cards;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("market_cards_contract");
        cards = new JdbcMarketCards(dataSource);
    }

    @Override
    protected BrowseMarketCardsPort cards() {
        return cards;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> stored) {
        return new JdbcCatalogueStore(dataSource).storeSet(game, set, stored);
    }

    /** A PSA 10 series on the card's first variant, as the PriceCharting ingest writes one. */
    @Override
    protected void addGradedSeries(CardId card) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO price_series (variant_id, card_id, source, "
                     + "region, price_type, grading_company, grade, currency) SELECT MIN(v.id), p.card_id, 'pricecharting', "
                     + "'us', 'graded', 'psa', '10', 'USD' FROM printing p JOIN variant v ON v.printing_id = p.id "
                     + "WHERE p.card_id = ? GROUP BY p.card_id")) {
            insert.setLong(1, card.value());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
