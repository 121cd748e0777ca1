package io.cardvault.domain.marketplace;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fees a sale at {@code price} carries and what the seller receives:
 * {@code sellerPayout = price − total}, {@code total = marketplaceFee + imageProtectionFee}. The
 * rates are the ones applied (the protection rate is zero when the listing has no protection).
 */
public record FeeBreakdown(Money price, BigDecimal marketplaceRate, Money marketplaceFee, BigDecimal imageProtectionRate,
                           Money imageProtectionFee, Money total, Money sellerPayout) {

    public FeeBreakdown {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(marketplaceRate, "marketplaceRate");
        Objects.requireNonNull(marketplaceFee, "marketplaceFee");
        Objects.requireNonNull(imageProtectionRate, "imageProtectionRate");
        Objects.requireNonNull(imageProtectionFee, "imageProtectionFee");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(sellerPayout, "sellerPayout");
        InvalidMarketplaceDataException.require(marketplaceFee.plus(imageProtectionFee).equals(total), "total",
                "the total is the sum of the fees");
        InvalidMarketplaceDataException.require(price.minus(total).equals(sellerPayout), "seller_payout",
                "the payout is the price less the fees");
    }
}
