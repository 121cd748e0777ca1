package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;

/** The fake obeys the same contract as the real store, so service tests on it mean something. */
class InMemoryCollectionStoreTest extends CollectionStorePortContract {

    private final InMemoryCollectionStore fake = new InMemoryCollectionStore();
    private final FreshIds ids = new FreshIds();

    @Override
    protected CollectionStorePort store() {
        return fake;
    }

    @Override
    protected AccountId anOwner() {
        return ids.account();
    }

    @Override
    protected CardId aCard(String game) {
        CardId card = ids.card();
        fake.cardOfGame(card, game);
        return card;
    }

    @Override
    protected VariantId aVariant(CardId card) {
        return ids.variant();
    }
}
