package io.cardvault.adapter.out.persistence.price;

import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.PricedVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Every variant a marketplace product id reaches: the variant's own Cardmarket/TCGplayer id, else
 * its card's. The first variant (lowest id) of a card that is not a reverse holo is its primary one.
 */
@ApplicationScoped
class JdbcPricedVariants implements LoadPricedVariantsPort {

    private static final String SQL = "SELECT v.id, c.id, s.id, g.slug, s.external_id, s.name, s.release_date, c.name, "
            + "c.collector_number, c.rarity, v.finish, COALESCE(v.cardmarket_product_id, c.cardmarket_product_id), "
            + "COALESCE(v.tcgplayer_product_id, c.tcgplayer_product_id), s.tcgplayer_id, p.print_run "
            + "FROM variant v JOIN printing p ON p.id = v.printing_id JOIN card c ON c.id = p.card_id "
            + "JOIN card_set s ON s.id = c.set_id JOIN game g ON g.id = c.game_id "
            + "WHERE COALESCE(v.cardmarket_product_id, c.cardmarket_product_id) IS NOT NULL "
            + "OR COALESCE(v.tcgplayer_product_id, c.tcgplayer_product_id) IS NOT NULL ORDER BY c.id, v.id";

    private final DataSource dataSource;

    @Inject
    JdbcPricedVariants(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For CDI's client proxy only. */
    protected JdbcPricedVariants() {
        this.dataSource = null;
    }

    /**
     * The rows come a card at a time, so a card's facts are shared by its variants, a set's by its cards, and the few
     * game slugs, rarities and finishes by all: a list of every game's variants (187k in the demo) is held by a backfill
     * and by the sandbox serving it, and a string per field and row was about half of its ~130 MB (issue 21).
     */
    @Override
    public List<PricedVariant> pricedVariants() {
        List<PricedVariant> variants = new ArrayList<>();
        Set<Long> cardsWithPrimary = new HashSet<>();
        Map<Long, SetFacts> sets = new HashMap<>();
        Map<String, String> words = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                PricedVariant previous = null;
                while (rows.next()) {
                    long cardId = rows.getLong(2);
                    String finish = shared(words, rows.getString(11));
                    boolean primary = !finish.startsWith("reverse") && cardsWithPrimary.add(cardId);
                    SetFacts set = sets.get(rows.getLong(3));
                    if (set == null) {
                        Date released = rows.getDate(7);
                        set = new SetFacts(new CardSetId(rows.getLong(3)), shared(words, rows.getString(4)), rows.getString(5),
                                rows.getString(6), released == null ? null : released.toLocalDate(), nullableLong(rows, 14));
                        sets.put(set.id().value(), set);
                    }
                    boolean sameCard = previous != null && previous.cardId().value() == cardId;
                    PricedVariant variant = new PricedVariant(new VariantId(rows.getLong(1)),
                            sameCard ? previous.cardId() : new CardId(cardId), set.id(), set.gameSlug(), set.externalId(),
                            set.name(), set.released(), sameCard ? previous.cardName() : rows.getString(8),
                            sameCard ? previous.collectorNumber() : rows.getString(9), shared(words, rows.getString(10)), finish,
                            primary, nullableLong(rows, 12), nullableLong(rows, 13), set.tcgplayerGroupId(),
                            PrintRun.fromCode(rows.getString(15)));
                    variants.add(variant);
                    previous = variant;
                }
            }
        } catch (SQLException e) {
            throw new PriceStoreException("cannot list the priced variants", e);
        }
        return variants;
    }

    /** The one instance of {@code word} in this listing (null stays null). */
    private static String shared(Map<String, String> words, String word) {
        return word == null ? null : words.computeIfAbsent(word, w -> w);
    }

    /** What every priced variant of a set repeats. */
    private record SetFacts(CardSetId id, String gameSlug, String externalId, String name, LocalDate released,
                            Long tcgplayerGroupId) {
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
