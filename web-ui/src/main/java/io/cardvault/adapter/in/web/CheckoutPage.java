package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.marketplace.GetListingUseCase;
import io.cardvault.application.port.in.marketplace.GetTransactionUseCase;
import io.cardvault.application.port.in.marketplace.TransactionNotFoundException;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionParty;
import io.cardvault.domain.marketplace.TransactionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The buyer's checkout after a buy-now or an accepted bid: what they bought from whom, the price,
 * the handling fee and the total, how shipping goes, and the "pay" button. There is no payment
 * provider in this release: the buyer confirms the payment, which moves the transaction to
 * {@code paid} (the form posts to the transaction page, which makes the move). Only the buyer has a
 * checkout: the seller and anyone else get the 404 page.
 */
@Named
@RequestScoped
public class CheckoutPage {

    private final GetTransactionUseCase transactions;
    private final GetListingUseCase listings;
    private final GetCardUseCase cards;
    private final WebContext web;
    private TransactionView view;
    private DealCards.DealCard card;

    @Inject
    public CheckoutPage(GetTransactionUseCase transactions, GetListingUseCase listings, GetCardUseCase cards,
                        WebContext web) {
        this.transactions = transactions;
        this.listings = listings;
        this.cards = cards;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected CheckoutPage() {
        this(null, null, null, null);
    }

    /** View action: the buyer's transaction, else the 404 page (anonymous visitors are sent to sign in). */
    public void load() {
        Optional<AccountId> buyer = WatchForms.ownerOrSignIn(web);
        if (buyer.isEmpty()) {
            return;
        }
        try {
            TransactionView found = transactions.get(buyer.get(), DealForms.transaction(web.parameter("id")));
            if (found.viewerRole() != TransactionParty.BUYER) {
                web.notFound();
                return;
            }
            view = found;
        } catch (TransactionNotFoundException notTheBuyer) {
            web.notFound();
            return;
        }
        card = new DealCards(cards, web).card(transaction(), listings);
    }

    public boolean isFound() {
        return view != null;
    }

    public long getId() {
        return transaction().requireId().value();
    }

    public DealCards.DealCard getCard() {
        return card;
    }

    public String getSeller() {
        return view.seller().value();
    }

    public SaleAmounts getAmounts() {
        return new SaleAmounts(transaction(), web.getLocale());
    }

    /** Whether paying is the buyer's next move (it is not once paid, or cancelled). */
    public boolean isPayable() {
        return view.nextMoves().contains(TransactionStatus.PAID);
    }

    public String getStatus() {
        return DealForms.status(web, transaction().status());
    }

    private Transaction transaction() {
        return view.transaction();
    }
}
