package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.StashScore;

/** Use case: a card's 0–100 Stash Score with its components and label (cached). */
public interface GetStashScoreUseCase {

    StashScore score(long cardId);
}
