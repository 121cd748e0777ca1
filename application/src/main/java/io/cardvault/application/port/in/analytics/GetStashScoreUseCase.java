package io.cardvault.application.port.in.analytics;

import io.cardvault.domain.analytics.StashScore;
import io.cardvault.domain.catalogue.CardId;

/** Use case: a card's 0–100 Stash Score with its components and label (cached). */
public interface GetStashScoreUseCase {

    StashScore score(CardId card);
}
