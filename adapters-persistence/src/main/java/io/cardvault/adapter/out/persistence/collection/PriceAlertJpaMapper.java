package io.cardvault.adapter.out.persistence.collection;

import static io.cardvault.adapter.out.persistence.UtcWallClock.instant;
import static io.cardvault.adapter.out.persistence.UtcWallClock.utc;

import io.cardvault.adapter.out.persistence.UtcWallClock;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.PriceAlertId;
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

    static PriceAlert toDomain(PriceAlertJpaEntity row) {
        return PriceAlert.reconstitute(new PriceAlertId(row.id()), new AccountId(row.accountId()), new CardId(row.cardId()),
                MoneyColumns.money(row.targetAmount(), row.targetCurrency()).orElseThrow(), AlertDirection.parse(row.direction()),
                Optional.ofNullable(instant(row.triggeredAt())), instant(row.createdAt()));
    }
}
