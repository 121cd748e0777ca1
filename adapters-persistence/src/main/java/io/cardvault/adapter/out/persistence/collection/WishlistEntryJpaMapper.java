package io.cardvault.adapter.out.persistence.collection;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.WishlistEntry;
import java.util.Optional;

/** Between {@link WishlistEntry} and its row. */
final class WishlistEntryJpaMapper {

    static final String MAX_PRICE = "max_price";

    private WishlistEntryJpaMapper() {
    }

    static WishlistEntry toDomain(WishlistEntryJpaEntity row) {
        return new WishlistEntry(new AccountId(row.accountId()), new CardId(row.cardId()),
                MoneyColumns.money(row.maxPriceAmount(), row.maxPriceCurrency()), instant(row.addedAt()),
                Optional.ofNullable(instant(row.notifiedAt())));
    }
}
