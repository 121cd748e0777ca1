package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.GameOverview;

/** Use case: one game by its slug. */
public interface GetGameUseCase {

    /** @throws CatalogueEntryNotFoundException for an unknown slug */
    GameOverview game(String slug);
}
