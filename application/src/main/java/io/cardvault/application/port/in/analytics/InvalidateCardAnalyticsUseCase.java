package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.catalogue.CardId;


/** Use case: forget a card's cached analytics payloads because its prices changed (the price ingest calls it). */
public interface InvalidateCardAnalyticsUseCase {

    void invalidate(CardId card);

    /** After a bulk ingest: every card's payloads. */
    void invalidateAll();
}
