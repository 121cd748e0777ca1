package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.analytics.CardPrediction;
import io.cardvault.domain.analytics.CrossSourceSpread;
import io.cardvault.domain.analytics.HotCard;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.analytics.Mover;
import io.cardvault.domain.analytics.PricePrediction;
import io.cardvault.domain.price.CardPriceSummary;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * One card in a market list (movers, hot cards, spreads, forecasts) as pages show it: name, set,
 * a price and a change whose sign is in the text (the colour only repeats it).
 */
public record MarketRow(long cardId, String name, String setName, String href, String price, String change, String direction,
                        String detail) {

    public String getName() {
        return name;
    }

    public String getSetName() {
        return setName;
    }

    public String getHref() {
        return href;
    }

    public String getPrice() {
        return price;
    }

    public String getChange() {
        return change;
    }

    public String getDirection() {
        return direction;
    }

    public String getDetail() {
        return detail;
    }

    static MarketRow of(Mover mover, Locale locale, String base) {
        return row(mover.card(), base, money(mover.currentPrice(), locale), mover.changePct(), locale,
                mover.volatility() == null ? "" : "σ " + decimal(mover.volatility() * 100, locale) + " %");
    }

    static MarketRow of(HotCard hot, Locale locale, String base, String salesText) {
        return row(hot.card(), base, money(hot.currentPrice(), locale), hot.change7dPct(), locale,
                salesText.replace("{0}", Integer.toString(hot.sales7d())));
    }

    static MarketRow of(CrossSourceSpread spread, Locale locale, String base) {
        CrossSourceSpread.Leg low = spread.cheapest();
        CrossSourceSpread.Leg high = spread.dearest();
        return row(spread.card(), base, money(spread.spreadEur(), locale), spread.spreadPct(), locale,
                low.source().label() + " " + money(low.price(), locale) + " → "
                        + high.source().label() + " " + money(high.price(), locale));
    }

    static MarketRow of(CardPrediction prediction, Locale locale, String base, String detailText) {
        PricePrediction forecast = prediction.prediction();
        return row(prediction.card(), base, money(forecast.currentPrice(), locale) + " → "
                + money(forecast.predictedPrice(), locale), forecast.predictedChangePct(), locale,
                detailText.replace("{0}", Integer.toString(forecast.dataPoints())));
    }

    static MarketRow of(CardPriceSummary priced, Locale locale, String base) {
        BigDecimal change = priced.priceChange7d();
        return new MarketRow(priced.card().id(), priced.card().name(), priced.card().setName() == null ? "" : priced.card().setName(),
                base + "/cards/" + priced.card().id(), money(priced.bestPrice().amount(), priced.bestPrice().currency(), locale),
                change == null ? "" : (change.signum() > 0 ? "+" : "") + decimal(change.doubleValue(), locale) + " %",
                change == null || change.signum() == 0 ? "flat" : change.signum() > 0 ? "up" : "down", "");
    }

    private static MarketRow row(MarketCard card, String base, String price, double pct, Locale locale, String detail) {
        return new MarketRow(card.id(), card.name(), card.setName() == null ? "" : card.setName(), base + "/cards/" + card.id(),
                price, (pct > 0 ? "+" : "") + decimal(pct, locale) + " %", pct > 0 ? "up" : pct < 0 ? "down" : "flat", detail);
    }

    static String money(Money price, Locale locale) {
        return money(price.amount(), price.currency(), locale);
    }

    static String money(BigDecimal amount, Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount);
    }

    static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
