package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.LoadCatalogueViewsPortContract;
import io.cardvault.application.port.out.LoadSealedProductsPort;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Game;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** The MariaDB read views meet the same contract as the fake the service tests use, fed by the real store. */
class JdbcCatalogueViewsContractTest extends LoadCatalogueViewsPortContract {

    static DataSource dataSource;
    private static JdbcCatalogueViews views;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("catalogue_views_contract");
        views = new JdbcCatalogueViews(dataSource);
    }

    @Override
    protected LoadCatalogueViewsPort views() {
        return views;
    }

    @Override
    protected LoadSealedProductsPort sealed() {
        return views;
    }

    @Override
    protected StoredSet store(Game game, CardSet set, List<Card> cards) {
        return new JdbcCatalogueStore(dataSource).storeSet(game, set, cards);
    }

    /** The import writes no sealed products yet: rows as an operator's script writes them. */
    @Override
    protected long addSealedProduct(String gameSlug, Optional<CardSetId> set, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sealed_product (game_id, set_id, name, "
                     + "product_type) SELECT id, ?, ?, 'booster_box' FROM game WHERE slug = ?", Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, set.map(CardSetId::value).orElse(null));
            insert.setString(2, name);
            insert.setString(3, gameSlug);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
