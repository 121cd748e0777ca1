package io.cardvault.application.port.in.collection;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of {@code GET /collection/export.csv}: the spec's columns (card_id, name, set, tcg,
 * quantity, condition, variant, price_paid, current_value), the price paid in the currency it was
 * paid in and the current value in the export's currency.
 */
public record CollectionExportRow(CardId card,
                                  String name,
                                  String set,
                                  String game,
                                  int quantity,
                                  CardCondition condition,
                                  Optional<String> variant,
                                  Optional<Money> pricePaid,
                                  Optional<Grading> grading,
                                  Optional<Money> currentValue) {

    public CollectionExportRow {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(pricePaid, "pricePaid");
        Objects.requireNonNull(grading, "grading");
        Objects.requireNonNull(currentValue, "currentValue");
    }

    public static CollectionExportRow from(CollectionItem item) {
        return new CollectionExportRow(item.entry().card(), item.cardName(), item.setName(), item.gameSlug(),
                item.entry().quantity(), item.entry().condition(), item.variant(), item.entry().pricePaid(),
                item.entry().grading(), item.currentValue());
    }
}
