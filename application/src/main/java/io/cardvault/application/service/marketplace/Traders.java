package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.TransactionView;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.RatingStorePort;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.Transaction;
import io.cardvault.domain.marketplace.TransactionParty;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the accounts of listings and transactions: one account read per list, never one per row. An
 * account deleted since (its listings and orders outlive it) is shown as {@link #GONE}.
 */
final class Traders {

    static final Username GONE = new Username("deleted-user");

    private final AccountStorePort accounts;

    Traders(AccountStorePort accounts) {
        this.accounts = accounts;
    }

    Map<AccountId, Account> read(Collection<AccountId> ids) {
        return ids.isEmpty() ? Map.of() : accounts.findByIds(new HashSet<>(ids));
    }

    static Username name(Map<AccountId, Account> known, AccountId id) {
        Account account = known.get(id);
        return account == null ? GONE : account.username();
    }

    ListingView listing(Listing listing) {
        return listings(List.of(listing)).get(0);
    }

    List<ListingView> listings(List<Listing> listings) {
        Map<AccountId, Account> known = read(listings.stream().map(Listing::seller).toList());
        return listings.stream().map(listing -> new ListingView(listing, name(known, listing.seller()))).toList();
    }

    List<TransactionView> transactions(AccountId viewer, List<Transaction> transactions, RatingStorePort ratings) {
        Set<AccountId> parties = new HashSet<>();
        transactions.forEach(transaction -> {
            parties.add(transaction.buyer());
            parties.add(transaction.seller());
        });
        Map<AccountId, Account> known = read(parties);
        return transactions.stream().map(transaction -> {
            TransactionParty role = transaction.partyOf(viewer).orElseThrow();
            return new TransactionView(transaction, role, name(known, transaction.buyer()), name(known, transaction.seller()),
                    transaction.nextMovesFor(role), ratings.findByTransaction(transaction.requireId()));
        }).toList();
    }

    TransactionView transaction(AccountId viewer, Transaction transaction, RatingStorePort ratings) {
        return transactions(viewer, List.of(transaction), ratings).get(0);
    }
}
