package io.cardvault.application.port.in.catalogue;

import io.cardvault.domain.catalogue.CardId;
import java.util.List;

/** Use case: several cards side by side. */
public interface CompareCardsUseCase {

    /** A comparison page shows a handful of cards; more ids than this are a client error. */
    int MAX_CARDS = 20;

    /** Repeated ids count once. */
    CardComparison compare(List<CardId> cardIds);
}
