package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.PreviewFeesUseCase;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.marketplace.FeeBreakdown;
import io.cardvault.domain.marketplace.FeeSchedule;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.shared.Money;
import jakarta.inject.Inject;

/** The fee preview under the configured schedule; prices are euros in whole cents, as a listing's are. */
@UseCase
public class PreviewFeesService implements PreviewFeesUseCase {

    private final FeeSchedule fees;

    @Inject
    public PreviewFeesService(FeeSchedule fees) {
        this.fees = fees;
    }

    @Override
    public FeeBreakdown preview(Money price, boolean imageProtection) {
        if (!"EUR".equals(price.currency().getCurrencyCode()) || price.amount().stripTrailingZeros().scale() > 2
                || price.amount().compareTo(ListingTerms.MAX_PRICE) > 0) {
            throw new InvalidMarketplaceDataException("price", "price is a euro amount in whole cents of at most "
                    + ListingTerms.MAX_PRICE.toPlainString());
        }
        return fees.sellerFees(price, imageProtection);
    }
}
