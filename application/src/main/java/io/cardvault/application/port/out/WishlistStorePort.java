package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.WishlistEntry;
import java.util.Collection;
import java.util.List;

/** Outgoing port: the cards collectors want, one entry per owner and card. */
public interface WishlistStorePort {

    /** Adds the wish, or replaces the owner's wish for that card (its max price and notified state). */
    void save(WishlistEntry entry);

    /** Removes the owner's wish for the card; false when there was none. */
    boolean delete(AccountId owner, CardId card);

    /** The owner's wishes, newest first. */
    List<WishlistEntry> findByOwner(AccountId owner);

    /** Every wish with a max price on one of these cards, whoever holds it: what a price move is checked against. */
    List<WishlistEntry> findPriceWatchesFor(Collection<CardId> cards);
}
