package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.Slice;
import java.time.LocalDate;
import java.util.Optional;

/** Use case: cards of sets released on or after a date, newest set first. */
public interface ListRecentCardsUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown game */
    Slice<CardOverview> recent(LocalDate since, int limit, Optional<String> gameSlug);
}
