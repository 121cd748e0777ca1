package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ChangeTransactionStatusCommand;
import io.cardvault.application.port.in.marketplace.ChangeTransactionStatusUseCase;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.LoadCatalogueViewsPort;
import io.cardvault.application.port.out.NotificationStorePort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.application.port.out.TransactionStorePort;
import io.cardvault.application.service.UseCase;
import jakarta.inject.Inject;
import java.time.Clock;

/** A party's move of the state machine (pay, cancel, confirm delivery, complete, dispute); the other party is told. */
@UseCase
public class ChangeTransactionStatusService implements ChangeTransactionStatusUseCase {

    private final TransactionMoves moves;

    @Inject
    public ChangeTransactionStatusService(TransactionStorePort transactions, RatingStorePort ratings, AccountStorePort accounts,
                                          NotificationStorePort notifications, PublishMarketEventPort events,
                                          LoadCatalogueViewsPort catalogue) {
        this(transactions, ratings, accounts, notifications, events, catalogue, Clock.systemUTC());
    }

    public ChangeTransactionStatusService(TransactionStorePort transactions, RatingStorePort ratings, AccountStorePort accounts,
                                          NotificationStorePort notifications, PublishMarketEventPort events,
                                          LoadCatalogueViewsPort catalogue, Clock clock) {
        this.moves = new TransactionMoves(transactions, ratings, new Traders(accounts),
                new MarketNotices(notifications, events, catalogue), clock);
    }

    @Override
    public TransactionView change(ChangeTransactionStatusCommand command) {
        return moves.move(command.party(), command.transaction(),
                (held, party, now) -> held.moveTo(party, command.next(), now));
    }
}
