package io.cardvault.domain.price;

import java.util.Currency;
import java.util.Optional;

/**
 * An upstream that publishes prices, with the region and currency its prices are in. The code
 * is what the API shows as {@code source} ({@code tcgcsv} is TCGplayer's data as tcgcsv.com
 * republishes it, as in the spec's v2 examples).
 */
public enum PriceSource {
    CARDMARKET("cardmarket", "Cardmarket", Region.EU, "EUR"),
    TCGCSV("tcgcsv", "TCGplayer", Region.US, "USD"),
    PRICECHARTING("pricecharting", "PriceCharting", Region.US, "USD"),
    EBAY("ebay", "eBay", Region.US, "USD"),
    CARDTRADER("cardtrader", "CardTrader", Region.EU, "EUR"),
    JUSTTCG("justtcg", "JustTCG", Region.US, "USD");

    private final String code;
    private final String label;
    private final Region region;
    private final Currency currency;

    PriceSource(String code, String label, Region region, String currency) {
        this.code = code;
        this.label = label;
        this.region = region;
        this.currency = Currency.getInstance(currency);
    }

    public String code() {
        return code;
    }

    /** The name people know the marketplace by. */
    public String label() {
        return label;
    }

    public Region region() {
        return region;
    }

    public Currency currency() {
        return currency;
    }

    public static Optional<PriceSource> find(String code) {
        return Codes.find(PriceSource.class, PriceSource::code, code);
    }

    public static PriceSource fromCode(String code) {
        return Codes.require(PriceSource.class, PriceSource::code, code, "price source");
    }
}
