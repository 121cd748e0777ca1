package io.cardvault.application.service.price;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.price.GetPricedCardUseCase;
import io.cardvault.application.port.in.price.PricedCard;
import io.cardvault.application.port.out.LoadPricesPort;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.cardvault.application.service.UseCase;

/** A card (through the catalogue's own use case, so not-found rules stay one) with its latest prices. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // a read: joins a caller's transaction but starts none
public class GetPricedCardService implements GetPricedCardUseCase {

    private final GetCardUseCase cards;
    private final LoadPricesPort prices;

    @Inject
    public GetPricedCardService(GetCardUseCase cards, LoadPricesPort prices) {
        this.cards = cards;
        this.prices = prices;
    }

    /** For CDI's client proxy only. */
    protected GetPricedCardService() {
        this(null, null);
    }

    @Override
    public PricedCard pricedCard(CardId cardId) {
        return priced(cards.card(cardId));
    }

    @Override
    public PricedCard pricedCardOfGame(String gameSlug, CardId cardId) {
        return priced(cards.cardOfGame(gameSlug, cardId));
    }

    private PricedCard priced(CardDetails card) throws CatalogueEntryNotFoundException {
        return new PricedCard(card, prices.latestPrices(new CardId(card.id())));
    }
}
