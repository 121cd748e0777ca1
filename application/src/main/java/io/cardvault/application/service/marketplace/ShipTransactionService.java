package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ShipTransactionCommand;
import io.cardvault.application.port.in.marketplace.ShipTransactionUseCase;
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

/** The seller ships a paid order with carrier and tracking number; the buyer is told both. */
@UseCase
public class ShipTransactionService implements ShipTransactionUseCase {

    private final TransactionMoves moves;

    @Inject
    public ShipTransactionService(TransactionStorePort transactions, RatingStorePort ratings, AccountStorePort accounts,
                                  NotificationStorePort notifications, PublishMarketEventPort events,
                                  LoadCatalogueViewsPort catalogue) {
        this(transactions, ratings, accounts, notifications, events, catalogue, Clock.systemUTC());
    }

    public ShipTransactionService(TransactionStorePort transactions, RatingStorePort ratings, AccountStorePort accounts,
                                  NotificationStorePort notifications, PublishMarketEventPort events,
                                  LoadCatalogueViewsPort catalogue, Clock clock) {
        this.moves = new TransactionMoves(transactions, ratings, new Traders(accounts),
                new MarketNotices(notifications, events, catalogue), clock);
    }

    @Override
    public TransactionView ship(ShipTransactionCommand command) {
        return moves.move(command.party(), command.transaction(),
                (held, party, now) -> held.ship(party, command.shipment(), now));
    }
}
