package io.cardvault.domain.marketplace;

import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a sale costs: the seller's marketplace rate and, for a listing with image protection (the
 * watermark and forensic hash), its rate on top, both taken from the sale price; and the handling
 * fee a buy-now buyer pays on top of the price ({@code handlingRate × amount + handlingFixed}). Every
 * amount is rounded half-even to the currency's minor unit (cents) on its own, the total is their
 * sum and the seller's payout is the price less that total, so the parts always add up.
 *
 * <p>The rates are configuration (the spec's 5 % and 1 %; a handling fee of 1 % + €1.00 gives the
 * spec's €7.50 on €650).
 */
public record FeeSchedule(BigDecimal marketplaceRate, BigDecimal imageProtectionRate, BigDecimal handlingRate,
                          Money handlingFixed) {

    public FeeSchedule {
        marketplaceRate = rate(marketplaceRate, "marketplace_rate");
        imageProtectionRate = rate(imageProtectionRate, "image_protection_rate");
        handlingRate = rate(handlingRate, "handling_rate");
        Objects.requireNonNull(handlingFixed, "handlingFixed");
        InvalidMarketplaceDataException.require(!handlingFixed.isNegative(), "handling_fixed",
                "the fixed handling fee cannot be negative: " + handlingFixed);
    }

    private static BigDecimal rate(BigDecimal rate, String field) {
        Objects.requireNonNull(rate, field);
        InvalidMarketplaceDataException.require(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) < 0, field,
                field + " must be at least 0 and below 1: " + rate.toPlainString());
        return rate.stripTrailingZeros();
    }

    /** The seller's side of a sale at {@code price}: fees, total and payout. */
    public FeeBreakdown sellerFees(Money price, boolean imageProtection) {
        Objects.requireNonNull(price, "price");
        InvalidMarketplaceDataException.require(price.amount().signum() > 0, "price", "the price must be positive");
        BigDecimal protectionRate = imageProtection ? imageProtectionRate : BigDecimal.ZERO;
        Money marketplace = share(price, marketplaceRate);
        Money protection = share(price, protectionRate);
        Money total = marketplace.plus(protection);
        return new FeeBreakdown(price, marketplaceRate, marketplace, protectionRate, protection, total, price.minus(total));
    }

    /** What a buy-now buyer pays on top of {@code amount}. */
    public Money handlingFee(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return share(amount, handlingRate).plus(new Money(amount.currency(), handlingFixed.amount()));
    }

    private static Money share(Money price, BigDecimal rate) {
        int cents = Math.max(price.currency().getDefaultFractionDigits(), 0);
        return new Money(price.currency(), price.amount().multiply(rate).setScale(cents, RoundingMode.HALF_EVEN));
    }
}
