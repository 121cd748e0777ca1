package io.cardvault.application.port.in.analytics;


/** Use case: forget a card's cached analytics payloads because its prices changed (the price ingest calls it). */
public interface InvalidateCardAnalyticsUseCase {

    void invalidate(long cardId);

    /** After a bulk ingest: every card's payloads. */
    void invalidateAll();
}
