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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * One card in a market list (movers, hot cards, spreads, forecasts) as pages show it: name, set,
 * a price and a change whose sign is in the text (the colour only repeats it); the card's small
 * picture when a page looked it up ({@link #withPicture}), else its drawn tile.
 */
public record MarketRow(long cardId, String name, String setName, String href, String price, String change, String direction,
                        String detail, CardPicture picture) {

    public MarketRow(long cardId, String name, String setName, String href, String price, String change, String direction,
                     String detail) {
        this(cardId, name, setName, href, price, change, direction, detail, null);
    }

    /** The same row with the card's small picture (null: the drawn tile). */
    MarketRow withPicture(CardPicture found) {
        return new MarketRow(cardId, name, setName, href, price, change, direction, detail, found);
    }

    public long getCardId() {
        return cardId;
    }

    public CardPicture getPicture() {
        return picture;
    }

    /** The drawn tile's hue, stable per name (as the search tiles without a picture). */
    public int getHue() {
        return CardTile.hueOf(name, null);
    }

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
                mover.volatility() == null ? "" : "σ " + decimal(mover.volatility() * 100, locale, 2) + " %");
    }

    /** A hot card: its 7-day change beside the activity that made it hot (sales, price updates; never "0 sales"). */
    static MarketRow of(HotCard hot, Locale locale, String base, String activity) {
        return row(hot.card(), base, money(hot.currentPrice(), locale), hot.change7dPct() == null ? 0 : hot.change7dPct(), locale,
                activity);
    }

    static MarketRow of(CrossSourceSpread spread, Locale locale, String base) {
        CrossSourceSpread.Leg low = spread.cheapest();
        CrossSourceSpread.Leg high = spread.dearest();
        return row(spread.card(), base, money(spread.spreadEur(), locale), spread.spreadPct(), locale,
                low.source().label() + " " + money(low.price(), locale) + " → "
                        + high.source().label() + " " + money(high.price(), locale));
    }

    static MarketRow of(CardPrediction prediction, Locale locale, String base, String detail) {
        PricePrediction forecast = prediction.prediction();
        return row(prediction.card(), base, money(forecast.currentPrice(), locale) + " → "
                + money(forecast.predictedPrice(), locale), forecast.predictedChangePct(), locale, detail);
    }

    static MarketRow of(CardPriceSummary priced, Locale locale, String base) {
        BigDecimal change = priced.priceChange7d();
        return new MarketRow(priced.card().id(), priced.card().name(), priced.card().setName() == null ? "" : priced.card().setName(),
                base + "/cards/" + priced.card().id(), money(priced.bestPrice().amount(), priced.bestPrice().currency(), locale),
                change == null ? "" : (change.signum() > 0 ? "+" : "") + decimal(change.doubleValue(), locale) + " %",
                change == null || change.signum() == 0 ? "flat" : change.signum() > 0 ? "up" : "down", "");
    }

    /** What made a hot card hot, in words: its sales and price updates, each only when there were any. */
    static String activity(HotCard hot, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (hot.sales7d() > 0) {
            parts.add(WebContext.format(locale, "market.hotSales", hot.sales7d()));
        }
        if (hot.priceUpdates7d() > 0) {
            parts.add(WebContext.format(locale, "market.hotUpdates", hot.priceUpdates7d(), hot.sources()));
        }
        return String.join(" · ", parts);
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
        return decimal(value, locale, 1);
    }

    /** A daily σ under 1 % needs its second decimal, or a quiet riser reads "σ 0.0 %". */
    static String decimal(double value, Locale locale, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
