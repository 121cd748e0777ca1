package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.SellerProfile;
import io.cardvault.application.port.in.marketplace.SetUpSellerCommand;
import io.cardvault.application.port.in.marketplace.SetUpSellerUseCase;
import io.cardvault.application.port.out.AccountStorePort;
import io.cardvault.application.port.out.SellerAccountStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.InvalidAccountDataException;
import jakarta.inject.Inject;

/** Marks the account a seller with the name and country buyers see. */
@UseCase
public class SetUpSellerService implements SetUpSellerUseCase {

    private final AccountStorePort accounts;
    private final SellerAccountStorePort sellers;

    @Inject
    public SetUpSellerService(AccountStorePort accounts, SellerAccountStorePort sellers) {
        this.accounts = accounts;
        this.sellers = sellers;
    }

    @Override
    public SellerProfile setUp(SetUpSellerCommand command) {
        Account account = accounts.findById(command.account())
                .orElseThrow(() -> new InvalidAccountDataException("user_id", "no such account"));
        Account seller = account.becomeSeller(command.displayName(), command.country());
        sellers.markSeller(seller);
        return new SellerProfile(seller.username(), seller.displayName().orElseThrow(), seller.country().orElseThrow());
    }
}
