package io.cardvault.application.port.out;

import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionParty;
import java.util.Optional;

/** Outgoing port: the marketplace's transactions (orders) and their timelines. */
public interface TransactionStorePort {

    /** Stores a new transaction and returns it with its id. */
    Transaction add(Transaction transaction);

    Optional<Transaction> findById(TransactionId id);

    /**
     * Writes a stored transaction's status, shipment and timeline. Throws
     * {@link ConcurrentChangeException} when another caller wrote it since this caller read it, and
     * then writes nothing.
     */
    void update(Transaction transaction);

    /**
     * A page of the transactions {@code party} is in (only as buyer or only as seller when a role is
     * given), newest first (ties by id, newest first), and how many there are in all.
     */
    Slice<Transaction> findByParty(AccountId party, Optional<TransactionParty> role, int limit, int offset);
}
