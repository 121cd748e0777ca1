package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.domain.marketplace.FeeBreakdown;
import java.math.BigDecimal;

/** The spec's fee preview: each rate applied and its amount, the total and the seller's payout. */
public record FeePreviewResponse(BigDecimal marketplaceRate, BigDecimal marketplaceAmt, BigDecimal imageProtectionRate,
                                 BigDecimal imageProtectionAmt, BigDecimal totalAmt, BigDecimal sellerPayout) {

    static FeePreviewResponse from(FeeBreakdown fees) {
        return new FeePreviewResponse(fees.marketplaceRate(), fees.marketplaceFee().amount(), fees.imageProtectionRate(),
                fees.imageProtectionFee().amount(), fees.total().amount(), fees.sellerPayout().amount());
    }
}
