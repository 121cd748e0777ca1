package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.LinkCardmarketAccountUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.CardmarketLinkStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.marketplace.CardmarketLink;
import io.cardvault.domain.marketplace.SellerSetupRequiredException;
import jakarta.inject.Inject;
import java.time.Clock;

/** Links a set-up seller's Cardmarket account by name. */
@UseCase
public class LinkCardmarketAccountService implements LinkCardmarketAccountUseCase {

    private final AccountStorePort accounts;
    private final CardmarketLinkStorePort links;
    private final Clock clock;

    @Inject
    public LinkCardmarketAccountService(AccountStorePort accounts, CardmarketLinkStorePort links) {
        this(accounts, links, Clock.systemUTC());
    }

    public LinkCardmarketAccountService(AccountStorePort accounts, CardmarketLinkStorePort links, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected LinkCardmarketAccountService() {
        this(null, null, null);
    }

    @Override
    public CardmarketLink link(AccountId seller, String username) {
        accounts.findById(seller).filter(Account::seller).orElseThrow(SellerSetupRequiredException::new);
        CardmarketLink link = new CardmarketLink(seller, username, clock.instant());
        links.save(link);
        return link;
    }
}
