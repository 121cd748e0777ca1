package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.CardmarketLink;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Fake {@link CardmarketLinkStorePort}: one link per seller in a map. */
public final class InMemoryCardmarketLinks implements CardmarketLinkStorePort {

    private final Map<AccountId, CardmarketLink> links = new ConcurrentHashMap<>();

    @Override
    public void save(CardmarketLink link) {
        links.put(link.seller(), link);
    }

    @Override
    public Optional<CardmarketLink> findBySeller(AccountId seller) {
        return Optional.ofNullable(links.get(seller));
    }
}
