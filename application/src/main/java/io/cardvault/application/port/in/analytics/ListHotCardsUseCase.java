package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.HotCard;
import java.util.List;
import java.util.Optional;

/** Use case: cards rising over 7 days, weighed by their sales. */
public interface ListHotCardsUseCase {

    List<HotCard> hot(Optional<String> tcg, int limit);
}
