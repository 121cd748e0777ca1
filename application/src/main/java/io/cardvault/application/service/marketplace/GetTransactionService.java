package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.GetTransactionUseCase;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.TransactionId;
import jakarta.inject.Inject;

/** One transaction for one of its parties. */
@UseCase
public class GetTransactionService implements GetTransactionUseCase {

    private final TransactionStorePort transactions;
    private final RatingStorePort ratings;
    private final Traders traders;

    @Inject
    public GetTransactionService(TransactionStorePort transactions, RatingStorePort ratings, AccountStorePort accounts) {
        this.transactions = transactions;
        this.ratings = ratings;
        this.traders = new Traders(accounts);
    }

    @Override
    public TransactionView get(AccountId party, TransactionId transaction) {
        return traders.transaction(party, PartyTransactions.of(transactions, party, transaction), ratings);
    }
}
