package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardCriteria;
import io.cardvault.domain.catalogue.CardOverview;
import java.util.List;

/**
 * Use case: find card ids by game, name and/or collector number before fetching a detail. Cards
 * come oldest set first, then in collector-number order.
 */
public interface ResolveCardsUseCase {

    /** @throws MissingCardFilterException when none of game, name or number is given */
    List<CardOverview> resolve(CardCriteria criteria, int limit);
}
