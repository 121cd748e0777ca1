package io.cardvault.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Catalogue rows written straight into the schema for the price-side contract tests: a card in a
 * set of its own (set id = card id), printings and variants with the ids the contract chose.
 */
public final class ContractCatalogue {

    private final DataSource dataSource;

    public ContractCatalogue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A card of a game (by slug) in a set of its own, with the marketplace ids given (null: none). */
    public void card(long cardId, String gameSlug, String setName, String name, String rarity, Long cardmarketProductId,
                     Long tcgplayerProductId) {
        update("INSERT INTO card_set (id, game_id, catalogue, external_id, code, name, release_date, card_count, language, "
                + "languages, is_promo, fingerprint, tcgplayer_id) SELECT ?, id, 'contract', ?, 'CT', ?, '1999-01-09', 1, 'en', 'en', 0, "
                + "x'00', ? FROM game WHERE slug = ?", cardId, "contract-" + cardId, setName, cardId + 1_000_000, gameSlug);
        update("INSERT INTO card (id, set_id, game_id, external_id, local_id, collector_number, name, rarity, fingerprint, "
                + "cardmarket_product_id, tcgplayer_product_id) SELECT ?, ?, id, ?, '1', '1/1', ?, ?, x'00', ?, ? FROM game WHERE slug = ?",
                cardId, cardId, "contract-" + cardId + "-1", name, rarity, cardmarketProductId, tcgplayerProductId, gameSlug);
    }

    /** A variant of the card's printing in that language and print run (the printing made on first use). */
    public void variant(long cardId, long variantId, String language, String printRun, String finish, Long cardmarketProductId,
                        Long tcgplayerProductId) {
        update("INSERT IGNORE INTO printing (card_id, language, print_run) VALUES (?, ?, ?)", cardId, language, printRun);
        update("INSERT INTO variant (id, printing_id, variant_key, finish, label, fingerprint, cardmarket_product_id, "
                + "tcgplayer_product_id) SELECT ?, id, ?, ?, 'standard', x'00', ?, ? FROM printing "
                + "WHERE card_id = ? AND language = ? AND print_run = ?",
                variantId, finish, finish, cardmarketProductId, tcgplayerProductId, cardId, language, printRun);
    }

    public void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("contract row not written: " + sql, e);
        }
    }

    public long single(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("contract lookup failed: " + sql, e);
        }
    }
}
