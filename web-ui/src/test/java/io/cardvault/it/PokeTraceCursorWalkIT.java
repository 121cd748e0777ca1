package io.cardvault.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cursor walk over all of {@code /v1/cards} returns every card exactly once while cards are being
 * imported: a second thread inserts cards into a set of its own (as the import does, one row at a time)
 * for as long as the walk runs. The walk must hold every Pokémon card that existed when it started,
 * none twice, and nothing but those and the new ones.
 */
class PokeTraceCursorWalkIT {

    private static final String SET_NAME = "PokeTrace walk (IT fixture)";
    private static long setId;

    @BeforeAll
    static void catalogue() throws SQLException {
        Catalogue.awaitImported();
        try (Connection db = PokeTrace.database(); Statement sql = db.createStatement()) {
            removeFixture(sql);
            sql.execute("INSERT INTO card_set (game_id, catalogue, external_id, code, name, release_date, language, languages, "
                    + "is_promo, fingerprint) SELECT id, 'it', 'poketrace-walk', 'PTW', '" + SET_NAME + "', '2999-01-01', 'en', 'en', "
                    + "FALSE, RANDOM_BYTES(20) FROM game WHERE slug = 'pokemon'");
            try (ResultSet row = sql.executeQuery("SELECT id FROM card_set WHERE catalogue = 'it' AND external_id = 'poketrace-walk'")) {
                row.next();
                setId = row.getLong(1);
            }
        }
    }

    @AfterAll
    static void cleanUp() throws SQLException {
        try (Connection db = PokeTrace.database(); Statement sql = db.createStatement()) {
            removeFixture(sql);
        }
    }

    private static void removeFixture(Statement sql) throws SQLException {
        sql.execute("DELETE c FROM card c JOIN card_set s ON s.id = c.set_id WHERE s.catalogue = 'it' AND s.external_id = 'poketrace-walk'");
        sql.execute("DELETE FROM card_set WHERE catalogue = 'it' AND external_id = 'poketrace-walk'");
    }

    private static Set<String> pokemonCardIds() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection db = PokeTrace.database(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT c.id FROM card c JOIN game g ON g.id = c.game_id WHERE g.slug = 'pokemon'")) {
            while (rows.next()) {
                ids.add(PokeTrace.usId(rows.getLong(1)));
            }
        }
        return ids;
    }

    @Test
    void a_walk_over_every_card_sees_each_once_while_cards_are_imported() throws Exception {
        PokeTrace.Caller scale = PokeTrace.account("power_collector");
        Set<String> before = pokemonCardIds();
        assertThat(before).hasSizeGreaterThanOrEqualTo((int) Catalogue.IMPORTED_CARDS - 1_000);
        AtomicBoolean walking = new AtomicBoolean(true);
        List<Long> inserted = new ArrayList<>();
        CompletableFuture<Void> importer = CompletableFuture.runAsync(() -> insertWhile(walking, inserted));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        try {
            do {
                Api.Reply reply = PokeTrace.get(scale.key(), "/v1/cards?limit=100" + (cursor == null ? "" : "&cursor=" + cursor));
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                JsonObject page = PokeTrace.json(reply);
                page.getJsonArray("data").forEach(card -> walked.add(card.asJsonObject().getString("id")));
                cursor = page.getJsonObject("pagination").isNull("nextCursor") ? null
                        : page.getJsonObject("pagination").getString("nextCursor");
            } while (cursor != null);
        } finally {
            walking.set(false);
            importer.join();
        }

        Set<String> seen = new HashSet<>(walked);
        assertThat(walked).as("no card twice").hasSize(seen.size());
        assertThat(seen).as("every card present when the walk started").containsAll(before);
        Set<String> news = new HashSet<>();
        inserted.forEach(id -> news.add(PokeTrace.usId(id)));
        assertThat(inserted).as("cards were imported during the walk").isNotEmpty();
        Set<String> extra = new HashSet<>(seen);
        extra.removeAll(before);
        assertThat(news).as("only imported cards beyond the start").containsAll(extra);
    }

    /** Inserts one card every few milliseconds into the fixture set until the walk ends, recording their ids. */
    private static void insertWhile(AtomicBoolean walking, List<Long> inserted) {
        try (Connection db = PokeTrace.database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO card (set_id, game_id, external_id, local_id, number_sort, "
                     + "collector_number, name, fingerprint) SELECT ?, game_id, ?, ?, ?, ?, 'Walker', RANDOM_BYTES(20) FROM card_set "
                     + "WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
            int number = 0;
            while (walking.get()) {
                number++;
                insert.setLong(1, setId);
                insert.setString(2, "walk-" + UUID.randomUUID());
                insert.setString(3, Integer.toString(number));
                insert.setInt(4, number);
                insert.setString(5, Integer.toString(number));
                insert.setLong(6, setId);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    synchronized (inserted) {
                        inserted.add(keys.getLong(1));
                    }
                }
                Api.pause(java.time.Duration.ofMillis(20));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the concurrent import failed", e);
        }
    }
}
