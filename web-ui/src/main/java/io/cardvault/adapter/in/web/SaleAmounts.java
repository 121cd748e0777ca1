package io.cardvault.adapter.in.web;

import io.cardvault.domain.marketplace.Transaction;
import java.util.Locale;

/**
 * A sale's money as the checkout and transaction pages show it, in the page's language: the price,
 * the buyer's handling fee and total, the seller's fees and payout (all fixed when the sale opened).
 */
public final class SaleAmounts {

    private final Transaction sale;
    private final Locale locale;

    SaleAmounts(Transaction sale, Locale locale) {
        this.sale = sale;
        this.locale = locale;
    }

    public String getPrice() {
        return MarketRow.money(sale.amount(), locale);
    }

    public String getHandlingFee() {
        return MarketRow.money(sale.handlingFee(), locale);
    }

    public String getBuyerTotal() {
        return MarketRow.money(sale.buyerTotal(), locale);
    }

    public String getMarketplaceFee() {
        return MarketRow.money(sale.fees().marketplaceFee(), locale);
    }

    public boolean isImageProtected() {
        return sale.fees().imageProtectionFee().amount().signum() > 0;
    }

    public String getImageProtectionFee() {
        return MarketRow.money(sale.fees().imageProtectionFee(), locale);
    }

    public String getSellerPayout() {
        return MarketRow.money(sale.fees().sellerPayout(), locale);
    }
}
