package io.cardvault.adapter.in.rest;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException.Entry;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;

/**
 * A route's numeric path id as the application's typed id. An id no card or set can have (zero or
 * negative) is answered as an unknown one is, with the route's not-found answer: the routes
 * answered so before the use cases took typed ids.
 */
public final class PathIds {

    private PathIds() {
    }

    public static CardId card(long id) {
        if (id <= 0) {
            throw new CatalogueEntryNotFoundException(Entry.CARD, id);
        }
        return new CardId(id);
    }

    public static CardSetId set(long id) {
        if (id <= 0) {
            throw new CatalogueEntryNotFoundException(Entry.SET, id);
        }
        return new CardSetId(id);
    }
}
