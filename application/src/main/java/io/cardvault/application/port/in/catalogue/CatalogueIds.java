package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;

/**
 * Typed catalogue ids from the raw numbers a route or a form carries. A number no id can have
 * (zero, negative) names no entry, so callers answer it as they answer an unknown id rather than
 * as a malformed request.
 */
public final class CatalogueIds {

    private CatalogueIds() {
    }

    /** @throws CatalogueEntryNotFoundException when {@code raw} cannot be a card id */
    public static CardId card(long raw) {
        if (raw <= 0) {
            throw new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.CARD, raw);
        }
        return new CardId(raw);
    }

    /** @throws CatalogueEntryNotFoundException when {@code raw} cannot be a set id */
    public static CardSetId set(long raw) {
        if (raw <= 0) {
            throw new CatalogueEntryNotFoundException(CatalogueEntryNotFoundException.Entry.SET, raw);
        }
        return new CardSetId(raw);
    }
}
