package io.cardvault.it.jpa;

import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.account.AccountFixtures;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The rows the shelf's tables point at, made fresh for each test: accounts through the JPA account
 * store, catalogue cards and variants through JDBC (as the catalogue import writes them), each card
 * in a contract set of its game. The tables' foreign keys need them to exist.
 */
@ApplicationScoped
@Transactional
class ShelfFixtures {

    private static final String CONTRACT_CATALOGUE = "shelf-contract";

    private final AccountStorePort accounts;

    @Resource(lookup = "jdbc/cardvault")
    private DataSource database;

    @Inject
    ShelfFixtures(AccountStorePort accounts) {
        this.accounts = accounts;
    }

    /** For CDI's client proxy only. */
    protected ShelfFixtures() {
        this.accounts = null;
    }

    AccountId anAccount() {
        return accounts.add(AccountFixtures.newAccount("shelf")).requireId();
    }

    /** A new card in the contract set of the game with this slug (the set is made on first use). */
    CardId aCard(String game) {
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement set = connection.prepareStatement("INSERT IGNORE INTO card_set"
                    + " (game_id, catalogue, external_id, code, name, language, languages, is_promo, fingerprint)"
                    + " SELECT id, ?, slug, 'SHELF', 'Shelf contract set', 'en', 'en', FALSE, UNHEX(SHA1(slug))"
                    + " FROM game WHERE slug = ?")) {
                set.setString(1, CONTRACT_CATALOGUE);
                set.setString(2, game);
                set.executeUpdate();
            }
            try (PreparedStatement card = connection.prepareStatement("INSERT INTO card"
                    + " (set_id, game_id, external_id, local_id, collector_number, name, fingerprint)"
                    + " SELECT id, game_id, ?, '1', '1', 'Shelf contract card', UNHEX(SHA1(?)) FROM card_set"
                    + " WHERE catalogue = ? AND external_id = ?", Statement.RETURN_GENERATED_KEYS)) {
                String externalId = UUID.randomUUID().toString();
                card.setString(1, externalId);
                card.setString(2, externalId);
                card.setString(3, CONTRACT_CATALOGUE);
                card.setString(4, game);
                card.executeUpdate();
                return new CardId(generatedId(card));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a card of " + game, e);
        }
    }

    /** A new variant of the card, in a printing of its own. */
    VariantId aVariant(CardId card) {
        try (Connection connection = database.getConnection()) {
            long printing;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO printing (card_id, language, print_run)"
                    + " VALUES (?, 'en', 'unlimited')", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, card.value());
                insert.executeUpdate();
                printing = generatedId(insert);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO variant"
                    + " (printing_id, variant_key, finish, label, fingerprint) VALUES (?, 'holo', 'holo', 'Holo', UNHEX(SHA1('holo')))",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, printing);
                insert.executeUpdate();
                return new VariantId(generatedId(insert));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a variant of card " + card.value(), e);
        }
    }

    private static long generatedId(Statement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new IllegalStateException("the insert gave no id");
            }
            return keys.getLong(1);
        }
    }
}
