package io.cardvault.application.service.catalogue;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.application.port.in.catalogue.CardComparison;
import io.cardvault.application.port.in.catalogue.CompareCardsUseCase;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.CardDetails;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.transaction.Transactional;

/** Loads the cards in one batch and puts them back in the order asked. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none (no XA round trips)
public class CompareCardsService implements CompareCardsUseCase {

    private final LoadCatalogueViewsPort views;

    @Inject
    public CompareCardsService(LoadCatalogueViewsPort views) {
        this.views = views;
    }

    @Override
    public CardComparison compare(List<CardId> cardIds) {
        LinkedHashSet<CardId> distinct = new LinkedHashSet<>(cardIds);
        Map<CardId, CardDetails> found = views.cards(distinct).stream()
                .collect(Collectors.toMap(card -> new CardId(card.id()), Function.identity()));
        List<CardDetails> cards = new ArrayList<>();
        List<CardId> missing = new ArrayList<>();
        for (CardId id : distinct) {
            CardDetails card = found.get(id);
            if (card == null) {
                missing.add(id);
            } else {
                cards.add(card);
            }
        }
        return new CardComparison(cards, missing);
    }
}
