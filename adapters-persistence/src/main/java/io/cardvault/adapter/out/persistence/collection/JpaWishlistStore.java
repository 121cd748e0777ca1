package io.cardvault.adapter.out.persistence.collection;

import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.adapter.out.persistence.UtcWallClock;
import io.cardvault.application.port.out.WishlistStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.WishlistEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Wishes through JPA on the container's transaction-scoped {@code EntityManager}. A wish already
 * stored is replaced on its managed row; a new one goes in with one {@code INSERT … ON DUPLICATE KEY
 * UPDATE}, so two requests adding the same wish at once (a double click, two nodes) both succeed and
 * leave one row instead of failing the second on the primary key.
 */
@ApplicationScoped
class JpaWishlistStore implements WishlistStorePort {

    /** Cards per statement when a price move checks its wishes: a bounded IN list. */
    private static final int CARD_CHUNK = 500;
    /** From this many cards on (a whole market file) one pass over the price watches, filtered here, beats dozens of IN lists. */
    static final int ONE_PASS_FROM = 4 * CARD_CHUNK;

    private static final String INSERT_OR_REPLACE = "INSERT INTO wishlist_entry"
            + " (account_id, card_id, max_price_amount, max_price_currency, added_at, notified_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE max_price_amount = VALUES(max_price_amount),"
            + " max_price_currency = VALUES(max_price_currency), notified_at = VALUES(notified_at)";

    private final EntityManager entityManager;

    @Inject
    JpaWishlistStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For CDI's client proxy only. */
    protected JpaWishlistStore() {
        this.entityManager = null;
    }

    @Override
    public void save(WishlistEntry entry) {
        BigDecimal maxAmount = MoneyColumns.amountOrNull(entry.maxPrice(), WishlistEntryJpaMapper.MAX_PRICE);
        String maxCurrency = MoneyColumns.currencyOrNull(entry.maxPrice());
        LocalDateTime notifiedAt = entry.notifiedAt().map(UtcWallClock::utc).orElse(null);
        WishlistEntryJpaEntity row = entityManager.find(WishlistEntryJpaEntity.class,
                new WishlistEntryKey(entry.owner().value(), entry.card().value()));
        if (row != null) {
            row.replace(maxAmount, maxCurrency, notifiedAt);
            return;
        }
        // No row to hold in this persistence context: the database settles a concurrent insert of the same wish.
        entityManager.createNativeQuery(INSERT_OR_REPLACE)
                .setParameter(1, entry.owner().value())
                .setParameter(2, entry.card().value())
                .setParameter(3, maxAmount)
                .setParameter(4, maxCurrency)
                .setParameter(5, utc(entry.addedAt()))
                .setParameter(6, notifiedAt)
                .executeUpdate();
    }

    @Override
    public boolean delete(AccountId owner, CardId card) {
        return entityManager.createQuery("DELETE FROM WishlistEntryJpaEntity w WHERE w.accountId = :owner AND w.cardId = :card")
                .setParameter("owner", owner.value())
                .setParameter("card", card.value())
                .executeUpdate() > 0;
    }

    @Override
    public List<WishlistEntry> findByOwner(AccountId owner) {
        return entityManager.createQuery("SELECT w FROM WishlistEntryJpaEntity w WHERE w.accountId = :owner"
                        + " ORDER BY w.addedAt DESC, w.cardId DESC", WishlistEntryJpaEntity.class)
                .setParameter("owner", owner.value())
                .getResultStream().map(WishlistEntryJpaMapper::toDomain).toList();
    }

    @Override
    public List<WishlistEntry> findPriceWatchesFor(Collection<CardId> cards) {
        // columns, not entities: the check reads every watch on the moved cards and saves few of them
        List<Long> ids = cards.stream().map(CardId::value).distinct().toList();
        if (ids.size() >= ONE_PASS_FROM) {
            Set<Long> wanted = new HashSet<>(ids);
            return entityManager.createQuery("SELECT " + WishlistEntryJpaMapper.COLUMNS
                            + " FROM WishlistEntryJpaEntity w WHERE w.maxPriceAmount IS NOT NULL", Object[].class)
                    .getResultStream().filter(row -> wanted.contains((Long) row[1]))
                    .map(row -> WishlistEntryJpaMapper.toDomain(row)).toList();
        }
        List<WishlistEntry> watches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CARD_CHUNK) {
            entityManager.createQuery("SELECT " + WishlistEntryJpaMapper.COLUMNS + " FROM WishlistEntryJpaEntity w"
                            + " WHERE w.cardId IN :cards AND w.maxPriceAmount IS NOT NULL", Object[].class)
                    .setParameter("cards", new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CARD_CHUNK))))
                    .getResultStream().map(row -> WishlistEntryJpaMapper.toDomain(row)).forEach(watches::add);
        }
        return watches;
    }
}
