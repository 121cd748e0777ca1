package io.cardvault.application.port.out;

import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionId;
import io.cardvault.domain.marketplace.TransactionParty;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The transaction store in memory; {@link #loseNextUpdates} plays a concurrent writer that got there first. */
public class InMemoryTransactionStore implements TransactionStorePort {

    private final Map<Long, Transaction> transactions = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger racesToLose = new AtomicInteger();

    /** The next {@code count} updates throw {@link ConcurrentChangeException} and write nothing. */
    public InMemoryTransactionStore loseNextUpdates(int count) {
        racesToLose.set(count);
        return this;
    }

    @Override
    public Transaction add(Transaction transaction) {
        Transaction stored = transaction.stored(new TransactionId(ids.incrementAndGet()));
        transactions.put(stored.requireId().value(), stored);
        return stored;
    }

    @Override
    public Optional<Transaction> findById(TransactionId id) {
        return Optional.ofNullable(transactions.get(id.value()));
    }

    @Override
    public void update(Transaction transaction) {
        if (racesToLose.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ConcurrentChangeException("transaction " + transaction.requireId().value(), null);
        }
        transactions.replace(transaction.requireId().value(), transaction);
    }

    @Override
    public Slice<Transaction> findByParty(AccountId party, Optional<TransactionParty> role, int limit, int offset) {
        List<Transaction> found = transactions.values().stream()
                .filter(transaction -> transaction.partyOf(party).filter(side -> role.map(side::equals).orElse(true))
                        .isPresent())
                .sorted(Comparator.comparing(Transaction::createdAt)
                        .thenComparing(transaction -> transaction.requireId().value()).reversed())
                .toList();
        return new Slice<>(found.stream().skip(offset).limit(limit).toList(), found.size());
    }
}
