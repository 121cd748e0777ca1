package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListTransactionsUseCase;
import io.cardvault.application.port.in.marketplace.TransactionQuery;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Transaction;
import jakarta.inject.Inject;

/** The caller's purchases and sales, newest first, each with the moves the caller may make. */
@UseCase
public class ListTransactionsService implements ListTransactionsUseCase {

    private final TransactionStorePort transactions;
    private final RatingStorePort ratings;
    private final Traders traders;

    @Inject
    public ListTransactionsService(TransactionStorePort transactions, RatingStorePort ratings, AccountStorePort accounts) {
        this.transactions = transactions;
        this.ratings = ratings;
        this.traders = new Traders(accounts);
    }

    @Override
    public Slice<TransactionView> list(TransactionQuery query) {
        Slice<Transaction> page = transactions.findByParty(query.party(), query.role(), query.limit(), query.offset());
        return new Slice<>(traders.transactions(query.party(), page.items(), ratings), page.total());
    }
}
