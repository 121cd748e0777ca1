package io.cardvault.application.port.out;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.PriceAlertId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outgoing port: collectors' price alerts. */
public interface PriceAlertStorePort {

    /**
     * Stores a new active alert and returns it with its id; an active alert of the same owner, card,
     * side and target is a {@code DuplicatePriceAlertException} (the store decides races between nodes).
     */
    PriceAlert add(PriceAlert alert);

    Optional<PriceAlert> findById(PriceAlertId id);

    /** The owner's alerts, active and triggered, newest first. */
    List<PriceAlert> findByOwner(AccountId owner);

    /** Every active alert on one of these cards, whoever set it. */
    List<PriceAlert> findActiveFor(Collection<CardId> cards);

    /**
     * Marks the alert triggered at {@code at} if it is still active, and says whether this call did:
     * of two nodes judging the same price, exactly one gets {@code true} and notifies.
     */
    boolean markTriggered(PriceAlertId id, Instant at);

    void delete(PriceAlertId id);
}
