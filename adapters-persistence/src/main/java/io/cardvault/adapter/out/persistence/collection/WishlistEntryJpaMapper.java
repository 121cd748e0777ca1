package io.cardvault.adapter.out.persistence.collection;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.WishlistEntry;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/** Between {@link WishlistEntry} and its row. */
final class WishlistEntryJpaMapper {

    static final String MAX_PRICE = "max_price";

    private WishlistEntryJpaMapper() {
    }

    /** The columns {@link #toDomain(Object[])} reads, in its order. */
    static final String COLUMNS = "w.accountId, w.cardId, w.maxPriceAmount, w.maxPriceCurrency, w.addedAt, w.notifiedAt";

    /**
     * A wish from the {@link #COLUMNS} projection: a price move reads thousands of these and changes
     * few, so no managed entity (and no snapshot for the commit's dirty check) is built for each.
     */
    static WishlistEntry toDomain(Object[] row) {
        return new WishlistEntry(new AccountId((Long) row[0]), new CardId((Long) row[1]),
                MoneyColumns.money((BigDecimal) row[2], (String) row[3]), instant((LocalDateTime) row[4]),
                Optional.ofNullable(instant((LocalDateTime) row[5])));
    }

    static WishlistEntry toDomain(WishlistEntryJpaEntity row) {
        return new WishlistEntry(new AccountId(row.accountId()), new CardId(row.cardId()),
                MoneyColumns.money(row.maxPriceAmount(), row.maxPriceCurrency()), instant(row.addedAt()),
                Optional.ofNullable(instant(row.notifiedAt())));
    }
}
