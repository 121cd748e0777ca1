package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.catalogue.SetOverview;
import io.cardvault.domain.catalogue.Slice;

/** A game and one page of its sets, oldest release first. */
public record GameSets(GameOverview game, Slice<SetOverview> sets) {
}
