package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionEntryId;
import java.util.List;
import java.util.Optional;

/** Outgoing port: where the cards collectors own are kept. */
public interface CollectionStorePort {

    /** Stores a new entry and returns it with its id. */
    CollectionEntry add(CollectionEntry entry);

    Optional<CollectionEntry> findById(CollectionEntryId id);

    /** The owner's entry of the same holding (card, variant, condition, slab), if there is one. */
    Optional<CollectionEntry> findHolding(CollectionEntry like);

    /**
     * A page of the owner's entries, newest first (ties by id, newest first), optionally only the
     * cards of one game (by its slug), and how many the filtered collection holds.
     */
    Slice<CollectionEntry> findByOwner(AccountId owner, Optional<String> game, int limit, int offset);

    /** Every entry of the owner, oldest first: what an export or a valuation reads. */
    List<CollectionEntry> findAllByOwner(AccountId owner);

    /** Writes quantity, condition, variant, price paid and grading of a stored entry. */
    void update(CollectionEntry entry);

    void delete(CollectionEntryId id);
}
