package io.cardvault.boot;

import io.cardvault.domain.marketplace.FeeSchedule;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.Config;

/** Turns the marketplace's fee settings into the fee schedule the use cases receive. */
@ApplicationScoped
class MarketplacePolicyProducer {

    /** Dependent: a record cannot be proxied. */
    @Produces
    FeeSchedule feeSchedule(Config config) {
        return new FeeSchedule(rate(config, "CARDVAULT_MARKET_FEE_RATE"), rate(config, "CARDVAULT_MARKET_IMAGE_PROTECTION_RATE"),
                rate(config, "CARDVAULT_MARKET_HANDLING_RATE"),
                Money.of(config.getValue("CARDVAULT_MARKET_HANDLING_FIXED_EUR", String.class).strip(), "EUR"));
    }

    private static BigDecimal rate(Config config, String name) {
        return new BigDecimal(config.getValue(name, String.class).strip());
    }
}
