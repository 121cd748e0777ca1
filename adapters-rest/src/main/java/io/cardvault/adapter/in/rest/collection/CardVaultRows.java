package io.cardvault.adapter.in.rest.collection;

import io.cardvault.application.port.in.collection.CardReference;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.domain.catalogue.CardId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The spec's own CSV: {@code card_id, name, set, tcg, quantity, condition, variant, price_paid,
 * current_value} as {@code GET /collection/export.csv} writes it; an import needs {@code card_id,
 * quantity, condition, price_paid}. The card id decides the card (name, set and tcg are there for
 * people and are not read); {@code current_value} is ours, not the collector's, and is ignored.
 * {@code price_paid} is in US dollars as the spec says, unless the cell or a {@code price_paid_currency}
 * (the export's) or {@code currency} column names another;
 * {@code grading_company} and {@code grade}, the add route's fields, are read when present.
 */
final class CardVaultRows implements FormatRows {

    private static final Currency SPEC_CURRENCY = Currency.getInstance("USD");

    @Override
    public List<String> missingColumns(Header header) {
        return FormatRows.missing(header, List.of(List.of("card_id"), List.of("quantity"), List.of("condition"),
                List.of("price_paid")));
    }

    @Override
    public CollectionImportRow read(Row row) {
        long cardId = CellValues.id(row.value("cardid"), "card_id")
                .orElseThrow(() -> new RejectedRowException("card_id is empty"));
        return new CollectionImportRow(row.line(),
                new CardReference.ByCardId(new CardId(cardId)),
                Optional.empty(),
                CellValues.quantity(row.value("quantity")),
                CellValues.condition(row.value("condition"), CellValues.ConditionScale.US),
                CellValues.printing(row.value("variant")),
                CellValues.price(row.value("pricepaid"), row.value("pricepaidcurrency", "currency"), SPEC_CURRENCY),
                CellValues.grading(row.value("gradingcompany"), row.value("grade")),
                CellValues.language(row.value("language")));
    }
}
