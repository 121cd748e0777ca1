package io.cardvault.adapter.out.persistence.collection;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;
import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.adapter.out.persistence.UtcWallClock;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.PriceAlertId;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/** Between {@link PriceAlert} and its row: the side by its code ({@code below}, {@code above}). */
final class PriceAlertJpaMapper {

    static final String TARGET_PRICE = "target_price";

    private PriceAlertJpaMapper() {
    }

    static PriceAlertJpaEntity toNewEntity(PriceAlert alert) {
        return new PriceAlertJpaEntity(alert.owner().value(), alert.card().value(), alert.direction().code(),
                MoneyColumns.amount(alert.target(), TARGET_PRICE), alert.target().currency().getCurrencyCode(),
                utc(alert.createdAt()), alert.triggeredAt().map(UtcWallClock::utc).orElse(null));
    }

    /** The columns {@link #activeToDomain} reads, in its order: an active alert's row without managing an entity for it. */
    static final String ACTIVE_COLUMNS = "a.id, a.accountId, a.cardId, a.direction, a.targetAmount, a.targetCurrency, a.createdAt";

    /**
     * An active alert from the {@link #ACTIVE_COLUMNS} projection: a price move reads thousands of these
     * and changes none, so no managed entity (and no snapshot for the commit's dirty check) is built.
     */
    static PriceAlert activeToDomain(Object[] row) {
        return PriceAlert.reconstitute(new PriceAlertId((Long) row[0]), new AccountId((Long) row[1]), new CardId((Long) row[2]),
                MoneyColumns.money((BigDecimal) row[4], (String) row[5]).orElseThrow(), AlertDirection.parse((String) row[3]),
                Optional.empty(), instant((LocalDateTime) row[6]));
    }

    static PriceAlert toDomain(PriceAlertJpaEntity row) {
        return PriceAlert.reconstitute(new PriceAlertId(row.id()), new AccountId(row.accountId()), new CardId(row.cardId()),
                MoneyColumns.money(row.targetAmount(), row.targetCurrency()).orElseThrow(), AlertDirection.parse(row.direction()),
                Optional.ofNullable(instant(row.triggeredAt())), instant(row.createdAt()));
    }
}
