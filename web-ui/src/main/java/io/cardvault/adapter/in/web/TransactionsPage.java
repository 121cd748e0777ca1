package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.marketplace.ListTransactionsUseCase;
import io.cardvault.application.port.in.marketplace.TransactionQuery;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionParty;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * My purchases and sales: two tabs ({@code ?tab=purchases}, the default, and {@code ?tab=sales}),
 * newest first and paged, each row leading to its transaction page and saying whether the next
 * move is the viewer's. Anonymous visitors are sent to sign in.
 */
@Named
@RequestScoped
public class TransactionsPage {

    static final int PAGE_SIZE = 20;

    private final ListTransactionsUseCase list;
    private final GetCardUseCase cards;
    private final WebContext web;
    private List<Row> rows = List.of();
    private Pager pager;
    private boolean sales;

    @Inject
    public TransactionsPage(ListTransactionsUseCase list, GetCardUseCase cards, WebContext web) {
        this.list = list;
        this.cards = cards;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected TransactionsPage() {
        this(null, null, null);
    }

    /** View action: the chosen tab's page of transactions. */
    public void load() {
        Optional<AccountId> signedIn = WatchForms.ownerOrSignIn(web);
        if (signedIn.isEmpty()) {
            return;
        }
        sales = "sales".equals(web.parameter("tab"));
        int page = web.pageParameter();
        Slice<TransactionView> slice = list.list(new TransactionQuery(signedIn.get(),
                Optional.of(sales ? TransactionParty.SELLER : TransactionParty.BUYER), PAGE_SIZE,
                Math.toIntExact(Math.min((long) (page - 1) * PAGE_SIZE, Integer.MAX_VALUE))));
        pager = new Pager(page, slice.total(), PAGE_SIZE, web.getBase() + "/transactions",
                sales ? Map.of("tab", "sales") : Map.of());
        DealCards dealCards = new DealCards(cards, web);
        rows = slice.items().stream().map(view -> row(view, dealCards)).toList();
    }

    private Row row(TransactionView view, DealCards dealCards) {
        Transaction transaction = view.transaction();
        var locale = web.getLocale();
        String amount = sales ? MarketRow.money(transaction.fees().sellerPayout(), locale)
                : MarketRow.money(transaction.buyerTotal(), locale);
        return new Row(transaction.requireId().value(), dealCards.card(transaction.card(), List.of()).name(),
                web.getBase() + "/transactions/" + transaction.requireId().value(),
                (sales ? view.buyer() : view.seller()).value(), amount, DealForms.status(web, transaction.status()),
                transaction.status().code(), !view.nextMoves().isEmpty() || view.mayRate(),
                WatchForms.dateTime(transaction.updatedAt(), locale));
    }

    public boolean isSales() {
        return sales;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Pager getPager() {
        return pager;
    }

    /**
     * One transaction as the list shows it: the card, the other party, what the viewer pays in all
     * (purchases) or receives (sales), the status, whether a move is the viewer's, when it last moved.
     */
    public record Row(long id, String cardName, String href, String counterparty, String amount, String status,
                      String statusCode, boolean yourMove, String updated) {

        public long getId() {
            return id;
        }

        public String getCardName() {
            return cardName;
        }

        public String getHref() {
            return href;
        }

        public String getCounterparty() {
            return counterparty;
        }

        public String getAmount() {
            return amount;
        }

        public String getStatus() {
            return status;
        }

        public String getStatusCode() {
            return statusCode;
        }

        public boolean isYourMove() {
            return yourMove;
        }

        public String getUpdated() {
            return updated;
        }
    }
}
