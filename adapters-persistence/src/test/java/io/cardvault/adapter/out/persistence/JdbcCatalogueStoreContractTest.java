package io.cardvault.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.LoadCatalogueStatsPort;
import io.cardvault.application.port.out.StoreCataloguePort;
import io.cardvault.application.port.out.StoreCataloguePortContract;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The port contract on real MariaDB with the real migrations. */
class JdbcCatalogueStoreContractTest extends StoreCataloguePortContract {

    private static DataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("catalogue_contract");
    }

    @Override
    protected StoreCataloguePort store() {
        return new JdbcCatalogueStore(dataSource);
    }

    @Override
    protected LoadCatalogueStatsPort stats() {
        return new JdbcCatalogueStore(dataSource);
    }

    @Test
    void givenMigratedSchema_names_compareAccentInsensitivelyAndSourceIdsCaseSensitively() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO card_set (game_id, catalogue, external_id, code, name, language, languages, is_promo, "
                    + "fingerprint) VALUES (1, 'collation', 'sv1', 'SV1', 'Pokémon', 'en', 'en', 0, x'00'), "
                    + "(1, 'collation', 'SV1', 'SV1', 'Pokemon', 'ja', 'ja', 0, x'00')");
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM card_set WHERE catalogue = 'collation' AND name = 'pokemon'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void givenLocalIds_numberSort_ordersNumerically() {
        assertThat(CatalogueRows.numberSort("TG01")).isEqualTo(1);
        assertThat(CatalogueRows.numberSort("102")).isEqualTo(102);
        assertThat(CatalogueRows.numberSort("SWSH")).isNull();
    }
}
