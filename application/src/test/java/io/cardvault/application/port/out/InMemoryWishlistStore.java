package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.WishlistEntry;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The wishlist store in memory. */
public class InMemoryWishlistStore implements WishlistStorePort {

    private record Key(AccountId owner, CardId card) {
    }

    private final Map<Key, WishlistEntry> wishes = new ConcurrentHashMap<>();

    @Override
    public void save(WishlistEntry entry) {
        wishes.put(new Key(entry.owner(), entry.card()), entry);
    }

    @Override
    public boolean delete(AccountId owner, CardId card) {
        return wishes.remove(new Key(owner, card)) != null;
    }

    @Override
    public List<WishlistEntry> findByOwner(AccountId owner) {
        return wishes.values().stream().filter(wish -> wish.owner().equals(owner))
                .sorted(Comparator.comparing(WishlistEntry::addedAt).reversed()).toList();
    }

    @Override
    public List<WishlistEntry> findPriceWatchesFor(Collection<CardId> cards) {
        return wishes.values().stream().filter(wish -> wish.maxPrice().isPresent() && cards.contains(wish.card())).toList();
    }
}
