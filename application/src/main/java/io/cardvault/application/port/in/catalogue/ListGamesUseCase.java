package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.GameOverview;
import java.util.List;

/** Use case: every game the platform covers, with its counters (null before any import). */
public interface ListGamesUseCase {

    List<GameOverview> games();
}
