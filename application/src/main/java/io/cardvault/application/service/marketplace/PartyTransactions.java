package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.TransactionNotFoundException;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionId;

/** A transaction the caller is a party to; anyone else's is not found, as if it did not exist. */
final class PartyTransactions {

    private PartyTransactions() {
    }

    static Transaction of(TransactionStorePort transactions, AccountId party, TransactionId id) {
        return transactions.findById(id).filter(transaction -> transaction.partyOf(party).isPresent())
                .orElseThrow(TransactionNotFoundException::new);
    }
}
