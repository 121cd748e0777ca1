package io.cardvault.adapter.out.persistence;

import io.cardvault.domain.catalogue.ChangeCounts;
import io.cardvault.domain.catalogue.CardImageSource;
import io.cardvault.domain.catalogue.CatalogueStats;
import io.cardvault.application.port.out.catalogue.CatalogueWriteFailedException;
import io.cardvault.application.port.out.LoadCatalogueStatsPort;
import io.cardvault.application.port.out.StoreCataloguePort;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.Game;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.Legality;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The catalogue store on MariaDB with plain JDBC batches: an import writes hundreds of thousands
 * of rows, which JPA's per-entity work would make several times slower for no gain.
 *
 * <p>Each set is one local transaction on one connection. Per level (set, cards, printings,
 * variants) it reads the natural keys already stored for the set with their fingerprints,
 * inserts what is new in one batch, updates what changed in another, and leaves the rest alone;
 * then it adds the inserted rows to the counters. The class runs outside JTA so the local
 * transaction is its own ({@code NOT_SUPPORTED}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
class JdbcCatalogueStore implements StoreCataloguePort, LoadCatalogueStatsPort {

    private static final Logger LOG = Logger.getLogger(JdbcCatalogueStore.class.getName());

    private final DataSource dataSource;

    @Inject
    JdbcCatalogueStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcCatalogueStore() {
        this.dataSource = null;
    }

    @Override
    public Optional<Game> findGame(String slug) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT slug, name FROM game WHERE slug = ?")) {
            select.setString(1, slug);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Game(rows.getString(1), rows.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CatalogueWriteFailedException("cannot read game " + slug, e);
        }
    }

    @Override
    public StoredSet storeSet(Game game, CardSet set, List<Card> cards) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                StoredSet stored = new SetWrite(connection, game, set, cards).run();
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Set " + set.key() + " not written: " + e.getMessage());
            throw new CatalogueWriteFailedException(e.getMessage(), e);
        }
    }

    @Override
    public void recordImportCompleted(String source) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO catalogue_import (source) VALUES (?) "
                     + "ON DUPLICATE KEY UPDATE completed_at = CURRENT_TIMESTAMP(6)")) {
            upsert.setString(1, source);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new CatalogueWriteFailedException("cannot record the import of " + source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> importedSources() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT source FROM catalogue_import")) {
            Set<String> sources = new java.util.TreeSet<>();
            while (rows.next()) {
                sources.add(rows.getString(1));
            }
            return Set.copyOf(sources);
        } catch (SQLException e) {
            throw new CatalogueWriteFailedException("cannot read the completed imports: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<CatalogueStats> loadStats() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            Map<String, Long> totals = new HashMap<>();
            java.sql.Timestamp updated = null;
            try (ResultSet rows = statement.executeQuery("SELECT name, value, updated_at FROM catalogue_stat")) {
                while (rows.next()) {
                    totals.put(rows.getString(1), rows.getLong(2));
                    java.sql.Timestamp at = rows.getTimestamp(3);
                    updated = updated == null || at.after(updated) ? at : updated;
                }
            }
            if (updated == null) {
                return Optional.empty();
            }
            Map<String, CatalogueStats.GameCounts> perGame = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT g.slug, s.sets, s.cards FROM game_stat s JOIN game g ON g.id = s.game_id ORDER BY g.id")) {
                while (rows.next()) {
                    perGame.put(rows.getString(1), new CatalogueStats.GameCounts(rows.getLong(2), rows.getLong(3)));
                }
            }
            long images = 0;
            for (CardImageSource source : CardImageSource.values()) {
                try (ResultSet rows = statement.executeQuery(cardsAddressedBy(source))) {
                    rows.next();
                    images += rows.getLong(1);
                }
            }
            return Optional.of(new CatalogueStats(totals.getOrDefault("sets", 0L), totals.getOrDefault("cards", 0L),
                    totals.getOrDefault("printings", 0L), totals.getOrDefault("variants", 0L), images, perGame,
                    updated.toInstant()));
        } catch (SQLException e) {
            LOG.warning(() -> "Catalogue counters unreadable: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * How many stored cards a picture source addresses: the stored columns each {@link CardImageSource}
     * derives its address from, as one count each (the switch fails to compile when a source is added
     * without its count). tcgdex sums its sets' kept card counts; the others count an indexed id
     * column. The sources' ids belong to different games, so the counts add up without overlap.
     */
    static String cardsAddressedBy(CardImageSource source) {
        return switch (source) {
            case TCGDEX -> "SELECT COALESCE(SUM(card_count), 0) FROM card_set WHERE catalogue LIKE 'tcgdex%' "
                    + "AND series_id IS NOT NULL";
            case SCRYFALL -> "SELECT COUNT(*) FROM card WHERE scryfall_id IS NOT NULL";
            case YGOPRODECK -> "SELECT COUNT(*) FROM card WHERE ygoprodeck_id IS NOT NULL";
        };
    }

    /** The writes of one set, on one connection inside its transaction. */
    private static final class SetWrite {

        private final Connection connection;
        private final Game game;
        private final CardSet set;
        private final List<Card> cards;
        private final int[] counts = new int[8];
        private int gameId;
        private long setId;

        SetWrite(Connection connection, Game game, CardSet set, List<Card> cards) {
            this.connection = connection;
            this.game = game;
            this.set = set;
            this.cards = cards;
        }

        StoredSet run() throws SQLException {
            gameId = gameId();
            writeSet();
            Map<String, Long> cardIds = writeCards();
            Map<String, Long> printingIds = writePrintings(cardIds);
            writeVariants(cardIds, printingIds);
            addToCounters();
            Map<String, CardId> ids = new LinkedHashMap<>();
            cards.forEach(card -> ids.put(card.externalId(), new CardId(cardIds.get(card.externalId()))));
            return new StoredSet(new CardSetId(setId), ids,
                    new ChangeCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]));
        }

        private int gameId() throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM game WHERE slug = ?")) {
                select.setString(1, game.slug());
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new SQLException("unknown game " + game.slug());
                    }
                    return rows.getInt(1);
                }
            }
        }

        private void writeSet() throws SQLException {
            byte[] fingerprint = CatalogueRows.fingerprint(set);
            byte[] stored = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, fingerprint FROM card_set WHERE catalogue = ? AND external_id = ?")) {
                select.setString(1, set.key().catalogue());
                select.setString(2, set.key().externalId());
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        setId = rows.getLong(1);
                        stored = rows.getBytes(2);
                    }
                }
            }
            if (stored != null && Arrays.equals(stored, fingerprint)) {
                return;
            }
            if (stored == null) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO card_set (game_id, catalogue, external_id, "
                        + "code, name, series, release_date, official_count, language, languages, is_promo, cardmarket_id, "
                        + "tcgplayer_id, series_id, fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setInt(1, gameId);
                    insert.setString(2, set.key().catalogue());
                    insert.setString(3, set.key().externalId());
                    CatalogueRows.bindSet(insert, 4, set, fingerprint);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        setId = keys.getLong(1);
                    }
                }
                counts[0]++;
            } else {
                try (PreparedStatement update = connection.prepareStatement("UPDATE card_set SET code = ?, name = ?, series = ?, "
                        + "release_date = ?, official_count = ?, language = ?, languages = ?, is_promo = ?, cardmarket_id = ?, "
                        + "tcgplayer_id = ?, series_id = ?, fingerprint = ? WHERE id = ?")) {
                    CatalogueRows.bindSet(update, 1, set, fingerprint);
                    update.setLong(13, setId);
                    update.executeUpdate();
                }
                counts[1]++;
                execute("DELETE FROM card_set_name WHERE set_id = ?", setId);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO card_set_name (set_id, language, name) VALUES (?,?,?)")) {
                for (Map.Entry<Language, String> name : set.names().byLanguage().entrySet()) {
                    insert.setLong(1, setId);
                    insert.setString(2, name.getKey().code());
                    insert.setString(3, name.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private Map<String, Long> writeCards() throws SQLException {
            Map<String, Stored> existing = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, external_id, fingerprint FROM card WHERE set_id = ?")) {
                select.setLong(1, setId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        existing.put(rows.getString(2), new Stored(rows.getLong(1), rows.getBytes(3)));
                    }
                }
            }
            List<Language> preference = List.of(set.language(), Language.ENGLISH, Language.JAPANESE);
            Map<Card, Long> changed = new LinkedHashMap<>();
            List<Card> inserted = new java.util.ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO card (set_id, game_id, external_id, local_id, "
                    + "number_sort, collector_number, name, category, rarity, hp, types, stage, evolves_from, illustrator, "
                    + "cardmarket_product_id, tcgplayer_product_id, pricecharting_id, mtgjson_uuid, scryfall_id, ygoprodeck_id, "
                    + "konami_id, ygo_password, dreamborn_id, ravensburger_id, "
                    + "fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement update = connection.prepareStatement("UPDATE card SET local_id = ?, number_sort = ?, "
                         + "collector_number = ?, name = ?, category = ?, rarity = ?, hp = ?, types = ?, stage = ?, "
                         + "evolves_from = ?, illustrator = ?, cardmarket_product_id = ?, tcgplayer_product_id = ?, "
                         + "pricecharting_id = ?, mtgjson_uuid = ?, scryfall_id = ?, ygoprodeck_id = ?, konami_id = ?, "
                         + "ygo_password = ?, dreamborn_id = ?, ravensburger_id = ?, fingerprint = ? "
                         + "WHERE id = ?")) {
                for (Card card : cards) {
                    byte[] fingerprint = CatalogueRows.fingerprint(card, preference);
                    Stored stored = existing.get(card.externalId());
                    if (stored == null) {
                        insert.setLong(1, setId);
                        insert.setInt(2, gameId);
                        insert.setString(3, card.externalId());
                        CatalogueRows.bindCard(insert, 4, card, preference, fingerprint);
                        insert.addBatch();
                        inserted.add(card);
                    } else if (!Arrays.equals(stored.fingerprint(), fingerprint)) {
                        CatalogueRows.bindCard(update, 1, card, preference, fingerprint);
                        update.setLong(23, stored.id());
                        update.addBatch();
                        changed.put(card, stored.id());
                    }
                }
                if (!inserted.isEmpty()) {
                    insert.executeBatch();
                }
                if (!changed.isEmpty()) {
                    update.executeBatch();
                }
            }
            counts[2] += inserted.size();
            counts[3] += changed.size();
            Map<String, Long> ids = new HashMap<>();
            existing.forEach((externalId, stored) -> ids.put(externalId, stored.id()));
            if (!inserted.isEmpty()) {
                try (PreparedStatement select = connection.prepareStatement("SELECT id, external_id FROM card WHERE set_id = ?")) {
                    select.setLong(1, setId);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ids.put(rows.getString(2), rows.getLong(1));
                        }
                    }
                }
            }
            writeNamesAndDex(inserted, changed, ids);
            return ids;
        }

        /** Names, dex ids, legalities and play traits belong to the card row: rewritten only when the card's fingerprint changed. */
        private void writeNamesAndDex(List<Card> inserted, Map<Card, Long> changed, Map<String, Long> ids) throws SQLException {
            if (inserted.isEmpty() && changed.isEmpty()) {
                return;
            }
            for (long cardId : changed.values()) {
                execute("DELETE FROM card_name WHERE card_id = ?", cardId);
                execute("DELETE FROM card_dex WHERE card_id = ?", cardId);
                execute("DELETE FROM card_legality WHERE card_id = ?", cardId);
                execute("DELETE FROM card_play_traits WHERE card_id = ?", cardId);
            }
            try (PreparedStatement names = connection.prepareStatement(
                    "INSERT INTO card_name (card_id, language, name, evolves_from) VALUES (?,?,?,?)");
                 PreparedStatement dex = connection.prepareStatement("INSERT INTO card_dex (card_id, dex_id) VALUES (?,?)");
                 PreparedStatement legalities = connection.prepareStatement(
                         "INSERT INTO card_legality (card_id, format, legality) VALUES (?,?,?)");
                 PreparedStatement traits = connection.prepareStatement(
                         "INSERT INTO card_play_traits (card_id, regulation_mark, colour_identity, supertypes) VALUES (?,?,?,?)")) {
                boolean anyDex = false;
                boolean anyLegality = false;
                boolean anyTraits = false;
                for (Card card : concat(inserted, changed.keySet())) {
                    long cardId = ids.get(card.externalId());
                    for (Map.Entry<Language, String> name : card.names().byLanguage().entrySet()) {
                        names.setLong(1, cardId);
                        names.setString(2, name.getKey().code());
                        names.setString(3, name.getValue());
                        names.setString(4, card.facts().evolution().flatMap(from -> from.in(name.getKey())).orElse(null));
                        names.addBatch();
                    }
                    for (int dexId : card.facts().dexIds().stream().distinct().toList()) {
                        dex.setLong(1, cardId);
                        dex.setInt(2, dexId);
                        dex.addBatch();
                        anyDex = true;
                    }
                    for (Map.Entry<String, Legality> legality : card.legalities().byFormat().entrySet()) {
                        legalities.setLong(1, cardId);
                        legalities.setString(2, legality.getKey());
                        legalities.setString(3, legality.getValue().code());
                        legalities.addBatch();
                        anyLegality = true;
                    }
                    if (!card.traits().isEmpty()) {
                        traits.setLong(1, cardId);
                        traits.setString(2, card.traits().regulationMark());
                        traits.setString(3, String.join("", card.traits().colourIdentity()));
                        traits.setString(4, String.join(",", card.traits().supertypes()));
                        traits.addBatch();
                        anyTraits = true;
                    }
                }
                names.executeBatch();
                if (anyDex) {
                    dex.executeBatch();
                }
                if (anyLegality) {
                    legalities.executeBatch();
                }
                if (anyTraits) {
                    traits.executeBatch();
                }
            }
        }

        private Map<String, Long> writePrintings(Map<String, Long> cardIds) throws SQLException {
            Map<String, Long> ids = printingIds();
            boolean anyNew = false;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO printing (card_id, language, print_run) VALUES (?,?,?)")) {
                for (Card card : cards) {
                    long cardId = cardIds.get(card.externalId());
                    for (Printing printing : card.printings()) {
                        if (!ids.containsKey(cardId + "|" + printing.key())) {
                            insert.setLong(1, cardId);
                            insert.setString(2, printing.language().code());
                            insert.setString(3, printing.printRun().code());
                            insert.addBatch();
                            counts[4]++;
                            anyNew = true;
                        }
                    }
                }
                if (anyNew) {
                    insert.executeBatch();
                }
            }
            return anyNew ? printingIds() : ids;
        }

        private Map<String, Long> printingIds() throws SQLException {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT p.id, p.card_id, p.language, p.print_run "
                    + "FROM printing p JOIN card c ON c.id = p.card_id WHERE c.set_id = ?")) {
                select.setLong(1, setId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getLong(2) + "|" + rows.getString(3) + "|" + rows.getString(4), rows.getLong(1));
                    }
                }
            }
            return ids;
        }

        private void writeVariants(Map<String, Long> cardIds, Map<String, Long> printingIds) throws SQLException {
            Map<String, Stored> existing = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT v.id, v.printing_id, v.variant_key, v.fingerprint "
                    + "FROM variant v JOIN printing p ON p.id = v.printing_id JOIN card c ON c.id = p.card_id WHERE c.set_id = ?")) {
                select.setLong(1, setId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        existing.put(rows.getLong(2) + "|" + rows.getString(3), new Stored(rows.getLong(1), rows.getBytes(4)));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO variant (printing_id, variant_key, finish, "
                    + "foil_pattern, stamps, size, label, cardmarket_product_id, tcgplayer_product_id, pricecharting_id, "
                    + "mtgjson_uuid, scryfall_id, ygoprodeck_id, konami_id, ygo_password, dreamborn_id, ravensburger_id, "
                    + "fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement update = connection.prepareStatement("UPDATE variant SET finish = ?, foil_pattern = ?, "
                         + "stamps = ?, size = ?, label = ?, cardmarket_product_id = ?, tcgplayer_product_id = ?, "
                         + "pricecharting_id = ?, mtgjson_uuid = ?, scryfall_id = ?, ygoprodeck_id = ?, konami_id = ?, "
                         + "ygo_password = ?, dreamborn_id = ?, ravensburger_id = ?, fingerprint = ? "
                         + "WHERE id = ?")) {
                for (Card card : cards) {
                    long cardId = cardIds.get(card.externalId());
                    for (Printing printing : card.printings()) {
                        long printingId = printingIds.get(cardId + "|" + printing.key());
                        for (Variant variant : printing.variants()) {
                            byte[] fingerprint = CatalogueRows.fingerprint(variant);
                            Stored stored = existing.get(printingId + "|" + variant.key());
                            if (stored == null) {
                                insert.setLong(1, printingId);
                                insert.setString(2, variant.key());
                                CatalogueRows.bindVariant(insert, 3, variant, fingerprint);
                                insert.addBatch();
                                counts[6]++;
                            } else if (!Arrays.equals(stored.fingerprint(), fingerprint)) {
                                CatalogueRows.bindVariant(update, 1, variant, fingerprint);
                                update.setLong(17, stored.id());
                                update.addBatch();
                                counts[7]++;
                            }
                        }
                    }
                }
                if (counts[6] > 0) {
                    insert.executeBatch();
                }
                if (counts[7] > 0) {
                    update.executeBatch();
                }
            }
        }

        private void addToCounters() throws SQLException {
            if (counts[0] + counts[2] + counts[4] + counts[6] == 0) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE catalogue_stat SET value = value + ?, updated_at = CURRENT_TIMESTAMP(6) WHERE name = ?")) {
                String[] names = {"sets", "cards", "printings", "variants"};
                for (int level = 0; level < names.length; level++) {
                    update.setLong(1, counts[level * 2]);
                    update.setString(2, names[level]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO game_stat (game_id, sets, cards) VALUES (?,?,?) "
                    + "ON DUPLICATE KEY UPDATE sets = sets + VALUES(sets), cards = cards + VALUES(cards), "
                    + "updated_at = CURRENT_TIMESTAMP(6)")) {
                upsert.setInt(1, gameId);
                upsert.setLong(2, counts[0]);
                upsert.setLong(3, counts[2]);
                upsert.executeUpdate();
            }
            if (counts[2] > 0) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE card_set SET card_count = card_count + ? WHERE id = ?")) {
                    update.setLong(1, counts[2]);
                    update.setLong(2, setId);
                    update.executeUpdate();
                }
            }
        }

        private void execute(String sql, long id) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }

        private static List<Card> concat(List<Card> first, java.util.Collection<Card> second) {
            List<Card> all = new java.util.ArrayList<>(first);
            all.addAll(second);
            return all;
        }
    }

    private record Stored(long id, byte[] fingerprint) {
    }
}
