package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.AlertDirection;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** Alert {@code owner} when {@code card}'s price goes {@code direction} {@code target}. */
public record SetPriceAlertCommand(AccountId owner, CardId card, Money target, AlertDirection direction) {

    public SetPriceAlertCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        if (target.amount().signum() <= 0) {
            throw new InvalidCollectionDataException("target_price", "target price must be above zero: " + target);
        }
    }

    /** From what a caller typed: condition defaults to below, currency to EUR. */
    public static SetPriceAlertCommand of(AccountId owner, CardId card, BigDecimal targetPrice,
                                          Optional<String> condition, Optional<String> currencyCode) {
        if (targetPrice == null) {
            throw new InvalidCollectionDataException("target_price", "target_price is required");
        }
        var currency = WatchPrice.currency(currencyCode, "currency");
        AlertDirection direction = condition.filter(text -> !text.isBlank()).map(AlertDirection::parse)
                .orElse(AlertDirection.BELOW);
        return new SetPriceAlertCommand(owner, card, WatchPrice.money(targetPrice, currency, "target_price"), direction);
    }
}
