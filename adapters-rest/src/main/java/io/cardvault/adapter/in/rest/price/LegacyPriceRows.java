package io.cardvault.adapter.in.rest.price;

import io.cardvault.application.port.in.price.PricedCard;
import io.cardvault.domain.price.SourceQuote;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The legacy price rows, one per source and variant: in full for {@code /api/cards/{id}/prices},
 * and short ({@code source, market_price, currency, variant}) in the legacy card detail.
 */
public final class LegacyPriceRows {

    private LegacyPriceRows() {
    }

    public record CardPricesResponse(long cardId, List<SourceRow> sources) {
    }

    /** {@code sandbox}: the market price came from the sandbox market (made-up demo prices). */
    public record SourceRow(String source, BigDecimal marketPrice, BigDecimal lowPrice, BigDecimal highPrice, String currency,
                            String variant, String recordedAt, boolean sandbox) {
    }

    public record DetailPrice(String source, BigDecimal marketPrice, String currency, String variant, boolean sandbox) {
    }

    public static List<DetailPrice> detailPrices(PricedCard card) {
        return card.quotes().stream().map(quote -> new DetailPrice(PriceParams.legacySource(quote.source()),
                quote.marketPrice().amount(), quote.marketPrice().currency().getCurrencyCode(),
                card.variantName(quote.variant()), quote.sandbox())).toList();
    }

    static List<SourceRow> sources(PricedCard card) {
        return card.quotes().stream().map(quote -> row(quote, card)).toList();
    }

    private static SourceRow row(SourceQuote quote, PricedCard card) {
        return new SourceRow(PriceParams.legacySource(quote.source()), quote.marketPrice().amount(),
                quote.low().map(Money::amount).orElse(null), quote.high().map(Money::amount).orElse(null),
                quote.marketPrice().currency().getCurrencyCode(), card.variantName(quote.variant()),
                PriceParams.recordedAt(quote.asOf()), quote.sandbox());
    }
}
