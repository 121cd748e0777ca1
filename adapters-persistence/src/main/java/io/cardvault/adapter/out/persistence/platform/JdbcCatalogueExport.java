package io.cardvault.adapter.out.persistence.platform;

import io.cardvault.application.port.out.ExportCataloguePort;
import io.cardvault.application.port.out.bulk.BulkCard;
import io.cardvault.application.port.out.bulk.BulkCard.BulkCrossRefs;
import io.cardvault.application.port.out.bulk.BulkCard.BulkVariant;
import io.cardvault.application.port.out.bulk.BulkPrice;
import io.cardvault.application.port.out.catalogue.CatalogueReadFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The catalogue and latest prices for the bulk files, walked in keyset chunks: each statement reads
 * at most {@value #CARDS_PER_CHUNK} cards (with their variants) or {@value #PRICES_PER_CHUNK} prices
 * past the last id handed over, on a connection taken per chunk. So no read holds a connection, a
 * snapshot or more than a chunk in memory for the minutes a full export takes, the pool is not
 * drained while it runs, and a card imported during the walk is still met once (ids only grow).
 * Plain JDBC: a measured bulk path (bench/bulk-data) that JPA would slow with entity bookkeeping.
 */
@ApplicationScoped
class JdbcCatalogueExport implements ExportCataloguePort {

    static final int CARDS_PER_CHUNK = 2_000;
    static final int PRICES_PER_CHUNK = 10_000;

    private static final String CARDS = "SELECT c.id, g.slug, c.set_id, s.code, s.name, s.release_date, c.local_id,"
            + " c.collector_number, c.name, s.language, c.rarity, c.category, c.cardmarket_product_id, c.tcgplayer_product_id,"
            + " c.pricecharting_id, c.mtgjson_uuid, c.scryfall_id, c.ygoprodeck_id, v.id, p.language, p.print_run, v.finish, v.label"
            + " FROM (SELECT id FROM card WHERE id > ? ORDER BY id LIMIT ?) k"
            + " JOIN card c ON c.id = k.id JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id"
            + " LEFT JOIN printing p ON p.card_id = c.id LEFT JOIN variant v ON v.printing_id = p.id"
            + " ORDER BY c.id, p.id, v.id";

    private static final String PRICES = "SELECT l.series_id, l.card_id, s.variant_id, s.source, s.region, s.price_type,"
            + " s.grading_company, s.grade, s.currency, l.amount, l.day, COALESCE(r.sandbox, FALSE)"
            + " FROM price_latest l JOIN price_series s ON s.id = l.series_id LEFT JOIN price_ingest_run r ON r.id = l.run_id"
            + " WHERE l.series_id > ? ORDER BY l.series_id LIMIT ?";

    private final DataSource dataSource;
    private final int cardsPerChunk;
    private final int pricesPerChunk;

    @Inject
    JdbcCatalogueExport(DataSource dataSource) {
        this(dataSource, CARDS_PER_CHUNK, PRICES_PER_CHUNK);
    }

    /** With other chunk sizes: the contract test crosses chunk borders with a handful of rows. */
    JdbcCatalogueExport(DataSource dataSource, int cardsPerChunk, int pricesPerChunk) {
        this.dataSource = dataSource;
        this.cardsPerChunk = cardsPerChunk;
        this.pricesPerChunk = pricesPerChunk;
    }

    /** For CDI's client proxy only. */
    protected JdbcCatalogueExport() {
        this(null, 0, 0);
    }

    @Override
    public long exportCards(Consumer<BulkCard> sink) {
        long after = 0;
        long count = 0;
        while (true) {
            List<BulkCard> chunk = cardsAfter(after);
            if (chunk.isEmpty()) {
                return count;
            }
            for (BulkCard card : chunk) {
                sink.accept(card);
            }
            count += chunk.size();
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private List<BulkCard> cardsAfter(long after) {
        List<BulkCard> cards = new ArrayList<>(cardsPerChunk);
        try (Connection connection = dataSource.getConnection(); PreparedStatement read = connection.prepareStatement(CARDS)) {
            read.setLong(1, after);
            read.setInt(2, cardsPerChunk);
            try (ResultSet rows = read.executeQuery()) {
                CardRows current = null;
                while (rows.next()) {
                    long id = rows.getLong(1);
                    if (current == null || current.id != id) {
                        if (current != null) {
                            cards.add(current.card());
                        }
                        current = new CardRows(id, rows);
                    }
                    long variant = rows.getLong(19);
                    if (!rows.wasNull()) {
                        current.variants.add(new BulkVariant(variant, rows.getString(20), rows.getString(21), rows.getString(22),
                                rows.getString(23)));
                    }
                }
                if (current != null) {
                    cards.add(current.card());
                }
            }
        } catch (SQLException e) {
            throw new CatalogueReadFailedException("catalogue unreadable for the bulk export", e);
        }
        return cards;
    }

    /** The card's own columns of its first row, and its variants as the following rows bring them. */
    private static final class CardRows {
        final long id;
        final BulkCard head;
        final List<BulkVariant> variants = new ArrayList<>(2);

        CardRows(long id, ResultSet rows) throws SQLException {
            this.id = id;
            Date released = rows.getDate(6);
            this.head = new BulkCard(id, rows.getString(2), rows.getLong(3), rows.getString(4), rows.getString(5),
                    released == null ? null : released.toLocalDate(), rows.getString(7), rows.getString(8), rows.getString(9),
                    rows.getString(10), rows.getString(11), rows.getString(12),
                    new BulkCrossRefs(nullableLong(rows, 13), nullableLong(rows, 14), nullableLong(rows, 15), rows.getString(16),
                            rows.getString(17), nullableLong(rows, 18)), List.of());
        }

        BulkCard card() {
            return new BulkCard(head.id(), head.game(), head.setId(), head.setCode(), head.setName(), head.releaseDate(),
                    head.localId(), head.collectorNumber(), head.name(), head.language(), head.rarity(), head.category(),
                    head.crossRefs(), variants);
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    @Override
    public long exportLatestPrices(Consumer<BulkPrice> sink) {
        long after = 0;
        long count = 0;
        while (true) {
            int read = 0;
            try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(PRICES)) {
                select.setLong(1, after);
                select.setInt(2, pricesPerChunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        read++;
                        sink.accept(new BulkPrice(rows.getLong(2), rows.getLong(3), rows.getString(4), rows.getString(5),
                                rows.getString(6), blankAsNull(rows.getString(7)), blankAsNull(rows.getString(8)),
                                rows.getString(9), rows.getBigDecimal(10), rows.getDate(11).toLocalDate(), rows.getBoolean(12)));
                    }
                }
            } catch (SQLException e) {
                throw new CatalogueReadFailedException("price store unreadable for the bulk export", e);
            }
            count += read;
            if (read < pricesPerChunk) {
                return count;
            }
        }
    }

    /** The store writes '' for "raw" (no grading); the file says null. */
    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
