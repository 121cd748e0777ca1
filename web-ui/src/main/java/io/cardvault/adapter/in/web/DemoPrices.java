package io.cardvault.adapter.in.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the pages show made-up prices: while the sandbox market is on (the demo run), the price
 * sources read its files, so the layout shows a banner on every page and each price from a list
 * (home, search, set, market, collection, wishlist) carries a "demo" mark. Those lists are read from
 * aggregates that keep no provenance per row, so the switch is the honest flag there; the card page
 * marks each price row from its own provenance ({@code PricePoint.sandbox}).
 */
@Named("demoPrices")
@ApplicationScoped
public class DemoPrices {

    private final boolean on;

    @Inject
    public DemoPrices(@ConfigProperty(name = "CARDVAULT_SANDBOX_MARKET", defaultValue = "off") String sandboxMarket) {
        this.on = isOn(sandboxMarket);
    }

    /** For CDI's client proxy only. */
    protected DemoPrices() {
        this.on = false;
    }

    /**
     * Reads {@code CARDVAULT_SANDBOX_MARKET} ({@code on} or {@code true}, any case): the one reading the
     * price ingest's wiring shares, so the banner and the ingest never disagree on what "on" means.
     */
    public static boolean isOn(String setting) {
        String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        return value.equals("on") || value.equals("true");
    }

    public boolean isOn() {
        return on;
    }
}
